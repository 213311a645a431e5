"""Dashboard pages: the query layer's numbers, filters, drill-down, 404, 400, no inline script."""

import re

import pytest
from django.contrib.humanize.templatetags.humanize import intcomma

from reports import dashboards, selectors

pytestmark = pytest.mark.django_db

PILLARS = ["peace", "people", "planet", "prosperity", "agenda-2030"]
AREAS = [
    "peace",
    "people",
    "planet",
    "prosperity",
    "diplomacy",
    "agenda-2030",
    "unosat",
    "defeat-ncd",
]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)


@pytest.fixture(autouse=True)
def _fresh_numbers(monkeypatch):
    """Compute every page afresh: a test must not read another test's cached answer."""
    monkeypatch.setattr(dashboards, "per_build", lambda parts, compute: compute())


def card(response, key):
    return next(c for c in response.context["cards"] if c.key == key)


def test_the_planet_pillar_page_in_2020_shows_the_query_layer_s_number(client):
    response = client.get("/pillars/planet/?year=2020")
    expected = selectors.beneficiary_counts({"pillar": "planet", "year": "2020"}).total
    assert response.status_code == 200
    assert card(response, "beneficiaries").value == expected
    assert intcomma(expected) in response.content.decode()


@pytest.mark.parametrize("slug", PILLARS)
def test_every_pillar_page_renders_its_charts(client, slug):
    response = client.get(f"/pillars/{slug}/")
    assert response.status_code == 200
    assert response.content.decode().count('class="chart-plot"') == 9


@pytest.mark.parametrize("slug", AREAS)
def test_every_programme_area_page_renders(client, slug):
    assert client.get(f"/areas/{slug}/").status_code == 200


def test_a_programme_page_lists_its_events_and_indicators_with_sources(client):
    response = client.get("/programmes/cifal-global-network/?year=2020")
    body = response.content.decode()
    assert response.status_code == 200
    assert response.context["event_count"] == len(response.context["events"]) > 0
    assert "CIFAL centres in the global network" in body and "E/2021/49 para 27" in body


@pytest.mark.parametrize("path", ["/pillars/nowhere/", "/areas/nowhere/", "/programmes/nowhere/"])
def test_an_unknown_slug_is_not_found(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("year=20x0", "year"),
        ("region=atlantis", "region"),
        ("colour=blue", "colour"),
        ("year_from=2021&year_to=2019", "year_from"),
        ("gender=%00", "gender"),
    ],
)
def test_a_bad_filter_answers_400_naming_the_parameter(client, query, parameter):
    response = client.get(f"/pillars/people/?{query}")
    assert response.status_code == 400
    assert f"“{parameter}”" in response.content.decode()
    assert 'name="year"' in response.content.decode()  # the form is there to fix it


def test_empty_form_fields_count_as_no_filter(client):
    response = client.get("/?year=2020&region=&gender=")
    assert response.status_code == 200
    assert card(response, "beneficiaries").value == 322410  # R20, E/2021/49


def test_a_filter_changes_the_numbers(client):
    everyone = card(client.get("/?year=2020"), "beneficiaries").value
    women = card(client.get("/?year=2020&gender=female"), "beneficiaries").value
    assert women == selectors.beneficiary_counts({"year": "2020", "gender": "female"}).total
    assert 0 < women < everyone


def test_the_overview_shows_the_published_2020_breakdowns(client):
    response = client.get("/?year=2020")
    assert card(response, "events").value == 896
    assert card(response, "event_days").value == 12173
    assert card(response, "certificates").value == 58091
    assert round(card(response, "special_situation").value) == 15
    assert round(card(response, "online").value) == 77  # E/2021/49 para 5
    assert round(card(response, "with_partners").value) == 88  # R20: trained with partners
    slugs = [chart.slug for chart in response.context["charts"]]
    assert slugs == [
        "beneficiaries-by-year",
        "learners-by-gender",
        "beneficiaries-by-pillar",
        "learners-by-country",
        "learners-by-region",
        "learners-by-development-status",
        "events-by-delivery",
        "learners-by-sector",
        "events-by-year",
    ]


def test_cards_give_the_change_from_the_previous_year(client):
    beneficiaries = card(client.get("/?year=2020"), "beneficiaries")
    assert beneficiaries.previous == 133421  # 2019, R19
    assert beneficiaries.change_text == "+142"


def test_drill_down_links_keep_the_filters(client):
    body = client.get("/pillars/planet/?year=2020&gender=female").content.decode()
    assert 'href="/programmes/un-cc-learn/?year=2020&amp;gender=female"' in body


def test_a_suppressed_cell_reads_suppressed_on_the_page_not_zero(client):
    response = client.get("/programmes/african-women-mediators/?year=2020")
    sectors = next(c for c in response.context["charts"] if c.slug == "learners-by-sector")
    assert any(row[1].suppressed for row in sectors.rows)
    assert '<span class="suppressed">suppressed</span>' in response.content.decode()


def test_highlights_follow_the_page_s_language(client):
    from programmes.models import Highlight

    highlight = Highlight.objects.filter(programme__isnull=False).exclude(text_translations={})[0]
    # Since issue 9 a page's language is its address's (English at the root, whatever the
    # browser asks): the Chinese page lives under /zh-hans/.
    response = client.get(f"/zh-hans/programmes/{highlight.programme.slug}/")
    body = response.content.decode()
    assert highlight.text_translations["zh-hans"][:40] in body
    assert f"para {highlight.paragraph}" in body or str(highlight.paragraph) in body


@pytest.mark.parametrize(
    "path", ["/", "/?year=2019", "/pillars/planet/", "/areas/unosat/", "/programmes/un-cc-learn/"]
)
def test_no_page_has_an_inline_script_other_than_figure_json(client, path):
    body = client.get(path).content.decode()
    inline = INLINE_SCRIPT.findall(body)
    assert inline, "each chart's figure travels as a json_script block"
    assert all('type="application/json"' in tag for tag in inline)
    assert "style=" not in re.sub(r"<script.*?</script>", "", body, flags=re.DOTALL)


def test_the_content_security_policy_forbids_inline_and_eval_scripts(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    assert script_src.split() == ["script-src", "'self'"]
    assert "unsafe-eval" not in policy


def test_plotly_and_the_world_map_come_from_our_static_files(client):
    body = client.get("/").content.decode()
    assert '/static/vendor/plotly/plotly-strict.min.js"' in body
    assert 'data-topojson-url="/static/vendor/topojson/"' in body
    assert "cdn" not in body.lower()


def test_an_event_chart_s_numbers_download_as_csv(client):
    response = client.get("/charts/events-by-delivery.csv?area=planet&year=2020")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0] == "Delivery mode,Events,Share,Beneficiaries"
    events = selectors.event_counts({"area": "planet", "year": "2020", "group_by": "delivery"})
    assert sum(int(line.split(",")[1]) for line in lines[1:]) == events.total


def test_a_chart_csv_with_a_bad_filter_answers_400_naming_it(client):
    response = client.get("/charts/events-by-year.csv?pillar=moon")
    assert response.status_code == 400 and response.content.decode().startswith("pillar:")
    assert client.get("/charts/no-such-chart.csv").status_code == 404


def test_a_suppressed_cell_reads_suppressed_in_a_chart_csv(client):
    url = "/charts/learners-by-sector.csv?programme=african-women-mediators&year=2020"
    assert ",suppressed," in client.get(url).content.decode()


def test_event_cards_say_how_a_region_or_gender_filter_applies_to_events(client):
    response = client.get("/?year=2020&region=africa&gender=female")
    note = card(response, "online").note
    assert "venue" in note and "gender" in note
    assert card(response, "beneficiaries").note == ""
