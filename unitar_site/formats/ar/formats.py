"""Arabic numbers in Western digits grouped by thousands, as CLDR's `ar` (latn) writes them:
322,410.5 (Django's own Arabic formats leave figures ungrouped)."""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
