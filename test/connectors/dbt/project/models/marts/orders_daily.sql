select date_trunc('day', ordered_at) as day, count(*) as orders, sum(amount) as revenue
from {{ ref('stg_orders') }}
group by 1
