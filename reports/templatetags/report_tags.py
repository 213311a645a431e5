"""Template helpers for the results reports: a figure as a link with its definition tooltip."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from programmes.models import Indicator
from reports.report_figures import ReportFigure, published_value_text
from unitar_site import lists

register = template.Library()


def _tip_id(context) -> str:
    sequence = context.get("figure_ids")
    return f"figure-tip-{next(sequence) if sequence is not None else 0}"


@register.simple_tag(takes_context=True)
def figure(context, item: ReportFigure) -> SafeString:
    """A figure as a link to the view that produces it; hover or focus shows its definition and,
    where it was published, the published value and source (a CSS tooltip, no script needed;
    aria-describedby gives screen readers the same text)."""
    tip_id = _tip_id(context)
    published = (
        format_html(
            '<span class="figure-tip-published">{}</span>',
            _("Published: %(values)s.") % {"values": item.published_text},
        )
        if item.published
        else ""
    )
    mark = ""
    if item.differences:
        mark = format_html(
            '<span class="figure-mark" aria-hidden="true">≠</span>'
            '<span class="figure-tip-differs">{}</span>',
            _("Differs from: %(values)s.")
            % {
                "values": lists.entries(
                    f"{published_value_text(p, item.unit)} ({p.source})" for p in item.differences
                )
            },
        )
    return format_html(
        '<span class="report-figure{}"><a href="{}" aria-describedby="{}">{}</a>'
        '<span class="figure-tip" role="tooltip" id="{}"><span class="figure-tip-label">{}</span> '
        "{} {}{}</span></span>",
        " report-figure-differs" if item.differences else "",
        item.link,
        tip_id,
        item.text,
        tip_id,
        item.label,
        item.description,
        published,
        mark,
    )


@register.simple_tag(takes_context=True)
def indicator_value(context, indicator: Indicator) -> SafeString:
    """An indicator's value, linked to its programme's page, with its name and source."""
    tip_id = _tip_id(context)
    return format_html(
        '<span class="report-figure"><a href="{}" aria-describedby="{}">{}</a>'
        '<span class="figure-tip" role="tooltip" id="{}"><span class="figure-tip-label">{}</span> '
        "{}</span></span>",
        reverse("programme", args=[indicator.programme.slug]),
        tip_id,
        indicator.value_text(),
        tip_id,
        indicator.localized_name(),
        _("Programme result as recorded, period %(period)s. Source: %(source)s.")
        % {"period": indicator.period, "source": indicator.localized_source()},
    )


@register.filter
def published_text(row) -> str:
    """A reconciliation row's published value, as precisely as it was published."""
    return published_value_text(row.published, row.figure.unit)
