"""Figure builders: their numbers are the query layer's, suppressed cells are never zeros."""

import pytest

from reports import charts, selectors
from reports.dashboards import Filters

pytestmark = pytest.mark.django_db

YEAR_2020 = Filters({"year": "2020"})


def test_the_yearly_bars_are_the_query_layer_s_rows():
    chart = charts.beneficiaries_by_year({"pillar": "planet"}, Filters())
    rows = selectors.beneficiary_counts(
        {"pillar": "planet", "group_by": "year,beneficiary_type"}
    ).rows
    learning, other = chart.figure["data"]
    for trace, kind in ((learning, "learning"), (other, "knowledge-sharing")):
        expected = {
            str(r["year"]): r["beneficiaries"] for r in rows if r["beneficiary_type"] == kind
        }
        assert dict(zip(trace["x"], trace["y"], strict=True)) == expected


def test_a_category_chart_draws_the_query_layer_s_counts():
    chart = charts.learners_by_gender({}, YEAR_2020)
    rows = selectors.beneficiary_counts(
        {"year": "2020", "beneficiary_type": "learning", "group_by": "gender"}
    ).rows
    assert sorted(chart.figure["data"][0]["x"]) == sorted(r["beneficiaries"] for r in rows)


def test_a_suppressed_cell_is_not_drawn_and_reads_suppressed_in_the_table():
    chart = charts.learners_by_sector({"programme": "african-women-mediators"}, YEAR_2020)
    drawn = chart.rows[: -len(charts.SECTOR_GROUPS)]  # R20's groups follow the sectors
    hidden = [row for row in drawn if row[1].suppressed]
    assert hidden, "the bundled data has small sector cells for this programme in 2020"
    assert chart.figure["data"][0]["x"].count(None) == len(hidden)
    assert 0 not in chart.figure["data"][0]["x"]
    assert "suppressed" in chart.summary


def test_a_suppressed_country_is_left_off_the_map():
    chart = charts.learners_by_country({}, YEAR_2020)
    hidden = [row[0].value for row in chart.rows if row[1].suppressed]
    assert hidden
    assert len(chart.figure["data"][0]["locations"]) == len(chart.rows) - len(hidden)
    assert None not in chart.figure["data"][0]["z"]


def test_the_map_is_by_iso3_code_on_the_local_world_geography():
    trace = charts.learners_by_country({}, YEAR_2020).figure["data"][0]
    assert trace["type"] == "choropleth" and trace["locationmode"] == "ISO-3"
    assert "ECU" in trace["locations"]


def test_development_status_reproduces_r20_s_shares_for_2020():
    chart = charts.learners_by_development_status({}, YEAR_2020)
    shares = [round(row[2].value) for row in chart.rows[:3]]
    assert shares == [63, 22, 15]  # other developing, developed, LDC/LLDC/SIDS (R20)


def test_events_by_delivery_reproduce_the_seed_s_77_per_cent_online():
    chart = charts.events_by_delivery({}, YEAR_2020)
    online = next(row for row in chart.rows if row[0].value == "Online")
    assert online[1].value == 694 and round(online[2].value) == 77


def test_every_chart_wears_the_one_theme_and_links_its_numbers_as_csv():
    theme = charts.THEME.to_plotly_json()
    for chart in charts.charts_for(
        {"area": "planet"}, Filters({"year": "2020", "gender": "female"})
    ):
        assert chart.figure["layout"]["template"] == theme
        assert chart.summary and chart.columns
        assert "area=planet" in chart.csv_url and "gender=female" in chart.csv_url
        if chart.slug.startswith("events-"):
            assert chart.csv_url.startswith(f"/charts/{chart.slug}.csv?")
        else:
            assert chart.csv_url.startswith(charts.BENEFICIARY_CSV + "?")
            assert "group_by=" in chart.csv_url


def test_a_per_year_chart_keeps_the_range_but_not_the_single_year():
    chart = charts.events_by_year({}, YEAR_2020)
    assert chart.figure["data"][0]["x"] == ["2016", "2017", "2018", "2019", "2020", "2021"]


def test_the_sector_table_gives_r20_s_four_groups_of_sectors():
    chart = charts.learners_by_sector({}, YEAR_2020)
    groups = {str(row[0].value): round(row[2].value) for row in chart.rows[-4:]}
    assert list(groups.values()) == [49, 10, 6, 35]  # R20: non-state, governments, IOs, other
    assert len(chart.figure["data"][0]["x"]) == len(chart.rows) - 4  # groups are not drawn
