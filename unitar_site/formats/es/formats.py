"""Spanish numbers grouped with a period and a decimal comma, as CLDR's `es` writes them:
322.410 and 68,1 (Django's own Spanish formats group with a no-break space)."""

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
