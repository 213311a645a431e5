"""An indicator's value with its unit in the active language, the unit agreeing with the number.

Units are the catalogue's own words (programmes/catalogue.py): one singular and plural pair per
unit goes through ngettext, so languages with several plural forms (Russian, Arabic) give each
number its form: 1 страна, 2 страны, 5 стран. A unit the catalogue does not know (imported
data) is shown as entered.
"""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import ngettext_lazy

from unitar_site.numbers import usd, with_percent_sign

# "count" (the number itself) picks the plural form; "number" is the value as the page writes it.
UNITS = {
    # Translators: %(number)s is an indicator's value, already written as the page writes it.
    "activations": ngettext_lazy("%(number)s activation", "%(number)s activations", "count"),
    "centres": ngettext_lazy("%(number)s centre", "%(number)s centres", "count"),
    "certificates": ngettext_lazy("%(number)s certificate", "%(number)s certificates", "count"),
    "communities": ngettext_lazy("%(number)s community", "%(number)s communities", "count"),
    "countries": ngettext_lazy("%(number)s country", "%(number)s countries", "count"),
    "courses": ngettext_lazy("%(number)s course", "%(number)s courses", "count"),
    "downloads": ngettext_lazy("%(number)s download", "%(number)s downloads", "count"),
    "languages": ngettext_lazy("%(number)s language", "%(number)s languages", "count"),
    "maps and reports": ngettext_lazy(
        "%(number)s map or report", "%(number)s maps and reports", "count"
    ),
    "micro-courses": ngettext_lazy("%(number)s micro-course", "%(number)s micro-courses", "count"),
    "ministries of health": ngettext_lazy(
        "%(number)s ministry of health", "%(number)s ministries of health", "count"
    ),
    "partner organizations": ngettext_lazy(
        "%(number)s partner organization", "%(number)s partner organizations", "count"
    ),
    "peacekeeping operations": ngettext_lazy(
        "%(number)s peacekeeping operation", "%(number)s peacekeeping operations", "count"
    ),
    "people": ngettext_lazy("%(number)s person", "%(number)s people", "count"),
    "policymakers": ngettext_lazy("%(number)s policymaker", "%(number)s policymakers", "count"),
    "products": ngettext_lazy("%(number)s product", "%(number)s products", "count"),
    "programmes": ngettext_lazy("%(number)s programme", "%(number)s programmes", "count"),
    "registered users": ngettext_lazy(
        "%(number)s registered user", "%(number)s registered users", "count"
    ),
    "satellite analyses": ngettext_lazy(
        "%(number)s satellite analysis", "%(number)s satellite analyses", "count"
    ),
    "stakeholders": ngettext_lazy("%(number)s stakeholder", "%(number)s stakeholders", "count"),
    "users": ngettext_lazy("%(number)s user", "%(number)s users", "count"),
    "workshops": ngettext_lazy("%(number)s workshop", "%(number)s workshops", "count"),
}
PERCENT = "per cent"
DOLLARS = "USD"


def with_unit(value: Decimal, unit: str) -> str:
    """`value` written as the active language writes it, with `unit` in the form it takes."""
    if unit == DOLLARS:
        return usd(value)
    number = number_format(value.normalize(), force_grouping=True)
    if unit == PERCENT:
        return with_percent_sign(number)
    if unit not in UNITS:
        return f"{number} {unit}"
    # gettext's plural rules know whole numbers only; a fraction (none in the catalogue) takes
    # the form of 2, as English, Spanish and Russian give a fraction (1.5 countries, 1,5 страны).
    count = int(value) if value == value.to_integral_value() else 2
    return UNITS[unit] % {"count": count, "number": number}
