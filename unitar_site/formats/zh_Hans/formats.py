"""Chinese numbers grouped by thousands, as CLDR's `zh-Hans` and the UN's Chinese documents
write them: 322,410 (Django's own Chinese formats leave figures ungrouped)."""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
