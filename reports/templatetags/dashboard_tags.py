"""Template helpers for the dashboards: the navigation's pillars and areas, and table cells."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.defaultfilters import floatformat
from django.utils.formats import get_format, number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from programmes import selectors as catalogue
from reports.charts import Cell
from unitar_site.numbers import with_percent_sign

register = template.Library()


@register.simple_tag
def dashboard_nav() -> dict:
    """Pillars and programme areas, in the request's language, for the site navigation."""
    return {"pillars": list(catalogue.pillar_list()), "areas": list(catalogue.area_list())}


# Django language -> the plotly.js-locales file (and the name it registers) for its charts.
PLOTLY_LOCALES = {"ar": "ar", "zh-hans": "zh-CN", "fr": "fr", "ru": "ru", "es": "es"}


@register.simple_tag
def plotly_locale() -> dict:
    """The charts' locale: plotly.js's own translations of its labels, month and day names,
    and the page's decimal and thousands separators (plotly's layout.separators)."""
    name = PLOTLY_LOCALES.get(get_language(), "")
    return {
        "name": name,
        "script": f"vendor/plotly-locales/{name.lower()}.js" if name else "",
        "separators": get_format("DECIMAL_SEPARATOR") + get_format("THOUSAND_SEPARATOR"),
    }


@register.filter
def percent(value, decimals=0) -> str:
    """A percentage as the page's locale writes it: floatformat's number (localized, rounded
    half up) with the locale's percent sign: 12% in English, 12 % in French."""
    return with_percent_sign(floatformat(value, decimals))


@register.simple_tag
def cell(item: Cell) -> SafeString:
    """A chart table's cell: a suppressed count says so; it is never shown as zero.

    A tag rather than an include: the country tables have hundreds of cells.
    """
    if item.suppressed:
        return format_html('<span class="suppressed">{}</span>', _("suppressed"))
    if item.percent:
        return format_html("{}", with_percent_sign(number_format(item.value, 1)))
    if item.link:
        return format_html('<a href="{}">{}</a>', item.link, item.value)
    if item.numeric:
        return format_html("{}", intcomma(item.value))
    return format_html("{}", item.value)
