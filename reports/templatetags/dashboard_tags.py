"""Template helpers for the dashboards: the navigation's pillars and areas, and table cells."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from programmes import selectors as catalogue
from reports.charts import Cell

register = template.Library()


@register.simple_tag
def dashboard_nav() -> dict:
    """Pillars and programme areas, in the request's language, for the site navigation."""
    return {"pillars": list(catalogue.pillar_list()), "areas": list(catalogue.area_list())}


@register.simple_tag
def cell(item: Cell) -> SafeString:
    """A chart table's cell: a suppressed count says so; it is never shown as zero.

    A tag rather than an include: the country tables have hundreds of cells.
    """
    if item.suppressed:
        return format_html('<span class="suppressed">{}</span>', _("suppressed"))
    if item.percent:
        return format_html("{}%", number_format(item.value, 1))
    if item.link:
        return format_html('<a href="{}">{}</a>', item.link, item.value)
    if item.numeric:
        return format_html("{}", intcomma(item.value))
    return format_html("{}", item.value)
