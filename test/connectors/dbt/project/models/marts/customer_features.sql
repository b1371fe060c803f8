select
  c.customer_id,
  c.country_name,
  count(distinct o.order_id) as orders_90d,
  coalesce(sum(o.amount), 0) as spend_90d,
  count(e.*) as events_30d,
  max(s.score) as last_churn_score
from {{ ref('stg_customers') }} c
left join {{ ref('stg_orders') }} o on o.customer_id = c.customer_id
left join {{ ref('stg_events') }} e on e.customer_id = c.customer_id
left join {{ ref('stg_churn_scores') }} s on s.customer_id = c.customer_id
group by 1, 2
