select customer_id, score, scored_at from {{ source('raw', 'churn_scores') }}
