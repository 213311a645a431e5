"""Every published finance figure of E/2021/49 section IV, with its source and its definition.

`decimals` is the digit the published value was rounded to: -5 for amounts given in tenths of a
million dollars (64.5 million), 1 for 77.6%. Definitions are evaluated by
finance.selectors.finance_measure.
"""

E21 = "E/2021/49"


def _figure(
    key: str,
    label: str,
    period: str,
    value: str,
    unit: str,
    decimals: int,
    locator: str,
    definition: dict,
) -> dict:
    return {
        "key": key,
        "label": label,
        "period": period,
        "value": value,
        "unit": unit,
        "decimals": decimals,
        "source_document": E21,
        "source_locator": locator,
        "definition": definition,
    }


def _income(start_year: int, end_year: int) -> dict:
    return {"measure": "income_usd", "start_year": start_year, "end_year": end_year}


def _position(measure: str, year: int) -> dict:
    return {"measure": measure, "year": year}


FINANCE_FIGURES: list[dict] = [
    _figure(
        "income-2016-2017",
        "Total income, 2016-2017 biennium",
        "2016-2017",
        "51600000",
        "usd",
        -5,
        "para 64",
        _income(2016, 2017),
    ),
    _figure(
        "income-2018-2019",
        "Total income, 2018-2019 biennium",
        "2018-2019",
        "64500000",
        "usd",
        -5,
        "para 64",
        _income(2018, 2019),
    ),
    _figure(
        "income-growth-2018-2019",
        "Growth of total income from 2016-2017 to 2018-2019",
        "2018-2019",
        "25",
        "percent",
        0,
        "para 64",
        {
            "measure": "income_growth_percent",
            "start_year": 2018,
            "end_year": 2019,
            "previous_start_year": 2016,
            "previous_end_year": 2017,
        },
    ),
    _figure(
        "budget-revised-2020-2021",
        "Revised programme budget 2020-2021 adopted by the Board of Trustees",
        "2020-2021",
        "68100000",
        "usd",
        -5,
        "para 67",
        {"measure": "budget_usd", "start_year": 2020, "end_year": 2021, "kind": "revised"},
    ),
    _figure(
        "budget-growth-2020-2021",
        "Increase of the revised 2020-2021 programme budget over the 2018-2019 programme budget",
        "2020-2021",
        "22.5",
        "percent",
        1,
        "para 67",
        {
            "measure": "budget_growth_percent",
            "start_year": 2020,
            "end_year": 2021,
            "kind": "revised",
            "previous_start_year": 2018,
            "previous_end_year": 2019,
            "previous_kind": "approved",
        },
    ),
    _figure(
        "top-10-donor-share-2019",
        "Share of 2019 contributions given by the top 10 donors",
        "2019",
        "77.6",
        "percent",
        1,
        "para 65",
        {"measure": "top_donor_share_percent", "year": 2019, "top": 10},
    ),
    _figure(
        "accumulated-surplus-2018",
        "Accumulated surplus at the end of 2018",
        "2018",
        "23500000",
        "usd",
        -5,
        "para 66",
        _position("accumulated_surplus_usd", 2018),
    ),
    _figure(
        "accumulated-surplus-2019",
        "Accumulated surplus at the end of 2019",
        "2019",
        "32000000",
        "usd",
        -5,
        "para 66",
        _position("accumulated_surplus_usd", 2019),
    ),
    _figure(
        "surplus-2019",
        "Surplus reported for 2019",
        "2019",
        "16000000",
        "usd",
        -5,
        "para 66",
        _position("surplus_usd", 2019),
    ),
    _figure(
        "actuarial-change-2019",
        "Increase in the actuarial valuation of after-service liabilities, 2019",
        "2019",
        "7500000",
        "usd",
        -5,
        "para 66",
        _position("actuarial_change_usd", 2019),
    ),
    _figure(
        "sff-projects-2019-2020",
        "Projects funded by the Strategic Framework Fund since January 2019",
        "2019-2020",
        "50",
        "count",
        0,
        "para 67",
        {"measure": "sff_projects", "start_year": 2019},
    ),
    _figure(
        "unqualified-audit-opinions-2018-2019",
        "Unqualified audit opinions from the Board of Auditors on the 2018 and 2019 statements",
        "2018-2019",
        "2",
        "count",
        0,
        "para 68",
        {"measure": "unqualified_audit_opinions", "start_year": 2018, "end_year": 2019},
    ),
]
