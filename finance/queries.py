"""Questions the finance API accepts: filters and dimensions, checked against allowlists.

Like reports/queries.py for counts: every value from a URL passes through here first, and
anything unknown, malformed or out of range raises QueryError naming the parameter.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from finance.models import Donor, Fund
from finance.selectors import CONTRIBUTION_GROUPS
from reports.queries import SLUG, QueryError, parse_year

BIENNIUM = re.compile(r"^(\d{4})-(\d{4})$")


@dataclass(frozen=True)
class FinanceQuery:
    year: int | None = None
    biennium: str | None = None
    donor: str | None = None
    fund: str | None = None
    group_by: tuple[str, ...] = field(default=())


def _single(params, name: str) -> str:
    values = params.getlist(name) if hasattr(params, "getlist") else [params[name]]
    if len(values) != 1:
        raise QueryError(name, _("takes one value"))
    value = str(values[0]).strip()
    if not value:
        raise QueryError(name, _("must not be empty"))
    if len(value) > 80 or not value.isprintable():
        raise QueryError(name, _("contains characters that are not allowed"))
    return value


def _biennium(raw: str) -> str:
    match = BIENNIUM.match(raw)
    if not match:
        raise QueryError(
            "biennium", _("must look like 2018-2019, not %(value)r") % {"value": raw[:20]}
        )
    start, end = (parse_year("biennium", part) for part in match.groups())
    if end != start + 1 or start % 2:
        raise QueryError("biennium", _("must be a UNITAR biennium: an even year and the next"))
    return raw


def _check_names(params, allowed: tuple[str, ...]) -> None:
    for name in params:
        if name not in allowed:
            shown = name[:40] if name.isprintable() else "parameter"
            raise QueryError(
                shown,
                _("unknown parameter; allowed: %(allowed)s") % {"allowed": ", ".join(allowed)},
            )


def parse_income(params) -> FinanceQuery:
    """Filters `year`, `biennium`, `donor`, `fund` and `group_by` of /api/v1/finance/income/."""
    _check_names(params, ("year", "biennium", "donor", "fund", "group_by"))
    values: dict = {}
    if "year" in params:
        values["year"] = parse_year("year", _single(params, "year"))
    if "biennium" in params:
        values["biennium"] = _biennium(_single(params, "biennium"))
    if "donor" in params:
        donor = _single(params, "donor")
        if not SLUG.match(donor) or not Donor.objects.filter(slug=donor).exists():
            raise QueryError("donor", _("unknown donor %(value)r") % {"value": donor[:40]})
        values["donor"] = donor
    if "fund" in params:
        fund = _single(params, "fund")
        if fund not in Fund.values:
            raise QueryError(
                "fund",
                _("unknown fund %(value)r; allowed: %(allowed)s")
                % {"value": fund[:40], "allowed": ", ".join(Fund.values)},
            )
        values["fund"] = fund
    if "group_by" in params:
        raw = ",".join(
            params.getlist("group_by") if hasattr(params, "getlist") else [params["group_by"]]
        )
        group_by = tuple(d.strip() for d in raw.split(",") if d.strip())
        for dimension in group_by:
            if dimension not in CONTRIBUTION_GROUPS:
                shown = dimension[:40] if dimension.isprintable() else "?"
                raise QueryError(
                    "group_by",
                    _("unknown dimension %(value)r; allowed: %(allowed)s")
                    % {"value": shown, "allowed": ", ".join(CONTRIBUTION_GROUPS)},
                )
        if len(set(group_by)) != len(group_by):
            raise QueryError("group_by", _("names a dimension twice"))
        values["group_by"] = group_by
    return FinanceQuery(**values)


def parse_biennium_filter(params) -> str | None:
    """The only filter of /api/v1/finance/budgets/."""
    _check_names(params, ("biennium",))
    return _biennium(_single(params, "biennium")) if "biennium" in params else None


def parse_year_filter(params) -> int | None:
    """The only filter of /api/v1/finance/position/."""
    _check_names(params, ("year",))
    return parse_year("year", _single(params, "year")) if "year" in params else None


def parse_year_range(params) -> tuple[int | None, int | None]:
    """`year_from` and `year_to` of /api/v1/finance/sff/."""
    _check_names(params, ("year_from", "year_to"))
    years = [
        parse_year(name, _single(params, name)) if name in params else None
        for name in ("year_from", "year_to")
    ]
    if None not in years and years[0] > years[1]:
        raise QueryError("year_from", _("must not be after year_to"))
    return years[0], years[1]
