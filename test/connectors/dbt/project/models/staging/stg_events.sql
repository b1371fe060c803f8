select customer_id, event_type, occurred_at from {{ source('raw', 'events') }}
