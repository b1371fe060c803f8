select c.customer_id, c.country_code, c.signed_up_at, cc.country_name
from {{ source('raw', 'customers') }} c
left join {{ ref('country_codes') }} cc on cc.country_code = c.country_code
