select f.*, (f.orders_90d = 0) as churned from {{ ref('customer_features') }} f
