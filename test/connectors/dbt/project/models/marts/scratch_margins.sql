-- An analyst's scratch model: nobody owns it, nothing reads it.
select day, revenue * 0.3 as margin from {{ ref('orders_daily') }}
