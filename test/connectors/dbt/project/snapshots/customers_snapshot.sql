{% snapshot customers_snapshot %}
{{ config(unique_key='customer_id', strategy='timestamp', updated_at='loaded_at', meta={'team': 'team-dbt-platform'}) }}
select * from {{ source('raw', 'customers') }}
{% endsnapshot %}
