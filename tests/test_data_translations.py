"""The bundled dataset's own text in the page's language: every text translated with its figures
kept, no stale translation, units that agree with their numbers, and pages with no English left.

The dataset's text (published figures, indicators, finance) is translated by
reports/dataset/translations/; units go through gettext (programmes/units.py).
"""

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.contrib.humanize.templatetags.humanize import intcomma
from django.test import Client
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from accounts.services import create_api_client
from programmes.units import UNITS, with_unit
from reports.dataset.translations import MODULES, catalogue, data_text
from tests.test_i18n import PAGES as PAGE_TYPES
from unitar_site.numbers import usd, with_percent_sign

pytestmark = pytest.mark.django_db

LANGUAGES = list(MODULES)


def dataset_texts() -> dict[str, set[str]]:
    """Each kind of text the loaded bundled dataset shows, and its values."""
    from finance.models import (
        Agreement,
        AuditOpinion,
        Budget,
        Donor,
        FinancialPosition,
        Income,
        StrategicFrameworkFundAllocation,
    )
    from programmes.models import Indicator, Programme
    from reports.models import PublishedFigure

    def values(model, field: str) -> set[str]:
        return set(model.objects.exclude(**{field: ""}).values_list(field, flat=True))

    return {
        "published figure label": values(PublishedFigure, "label"),
        "published figure locator": values(PublishedFigure, "source_locator"),
        "discrepancy note": values(PublishedFigure, "discrepancy_note"),
        "indicator name": values(Indicator, "name"),
        "indicator source": values(Indicator, "source"),
        "programme summary": values(Programme, "summary"),
        "donor name": values(Donor, "name"),
        "donor source": values(Donor, "source"),
        "agreement title": values(Agreement, "title"),
        "income source": values(Income, "source"),
        "budget approval": values(Budget, "approved_by"),
        "budget source": values(Budget, "source"),
        "financial position source": values(FinancialPosition, "source"),
        "Strategic Framework Fund project": values(StrategicFrameworkFundAllocation, "project"),
        "auditor": values(AuditOpinion, "auditor"),
        "audit source": values(AuditOpinion, "source"),
    }


# Translations -------------------------------------------------------------------------------

# A space, no-break space, narrow no-break space, comma, period or Arabic thousands separator
# between a digit and a group of exactly three digits is a thousands separator.
THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f,.\u066c](?=\d{3}(?!\d))")


def figures(text: str) -> Counter:
    """The digit runs of a text, as Western digits (Arabic-Indic digits are the same figures)."""
    runs = re.findall(r"\d+", THOUSANDS.sub("", text))
    return Counter("".join(str(unicodedata.digit(c)) for c in run) for run in runs)


def test_figures_read_thousands_separators_and_arabic_digits_as_such():
    assert figures("209,881 and 209\u00a0881 in 2020, 4.8 million") == Counter(
        {"209881": 2, "2020": 1, "4": 1, "8": 1}
    )
    assert figures("٢٠٢٠: 209٬881") == Counter({"2020": 1, "209881": 1})


def test_the_dataset_has_text_of_every_kind():
    assert all(dataset_texts().values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_dataset_has_a_translation(language):
    text = catalogue(language)
    missing = [
        (kind, english)
        for kind, found in dataset_texts().items()
        for english in sorted(found)
        if not text.get(english, "").strip()
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_english_figures(language):
    text = catalogue(language)
    changed = [
        (english, text[english])
        for found in dataset_texts().values()
        for english in sorted(found)
        if english in text and figures(text[english]) != figures(english)
    ]
    assert changed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_text_is_still_in_the_dataset(language):
    used = set().union(*dataset_texts().values())
    assert sorted(set(catalogue(language)) - used) == []


def test_an_indicator_finds_its_name_in_the_dataset_unless_it_stores_its_own():
    from programmes.models import Indicator

    indicator = Indicator.objects.order_by("pk")[0]
    for language in LANGUAGES:
        assert indicator.localized_name(language) == catalogue(language)[indicator.name]
    assert indicator.localized_name("en") == indicator.name
    indicator.name_translations = {"fr": "Nom saisi dans l'admin"}
    assert indicator.localized_name("fr") == "Nom saisi dans l'admin"
    assert indicator.localized_name("ru") == catalogue("ru")[indicator.name]


def test_a_programme_gives_its_summary_in_the_page_language():
    from programmes.models import Programme

    programme = Programme.objects.exclude(summary="").order_by("slug")[0]
    for language in LANGUAGES:
        assert programme.localized_summary(language) == catalogue(language)[programme.summary]
    assert programme.localized_summary("en") == programme.summary


@given(st.text())
def test_data_text_gives_unknown_text_as_stored(text):
    for language in ("en", *LANGUAGES):
        if text not in catalogue(language):
            assert data_text(text, language) == text


def test_data_text_gives_english_as_stored_and_follows_the_active_language():
    english = "Beneficiaries in 2020"
    assert data_text(english, "en") == english
    with translation.override("ru"):
        assert data_text(english) == catalogue("ru")[english] != english
    with translation.override("en"):
        assert data_text(english) == english


def test_a_published_figure_gives_its_label_source_and_note_in_the_page_language():
    from reports.models import PublishedFigure

    figure = PublishedFigure.objects.exclude(discrepancy_note="").order_by("key")[0]
    with translation.override("fr"):
        french = catalogue("fr")
        assert figure.localized_label() == french[figure.label]
        assert figure.localized_note() == french[figure.discrepancy_note]
        assert french[figure.source_locator] in figure.localized_source()
        assert figure.localized_source().startswith(figure.source_document)
    with translation.override("en"):
        assert figure.localized_source() == figure.source


# Units --------------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12))
def test_english_units_agree_with_their_number(number):
    with translation.override("en"):
        expected = f"{intcomma(number)} {'country' if number == 1 else 'countries'}"
        assert with_unit(Decimal(number), "countries") == expected


def test_per_cent_and_dollars_are_written_as_the_page_writes_them():
    for language in ("en", "fr", "ar"):
        with translation.override(language):
            assert with_unit(Decimal("53.0000"), "per cent") == with_percent_sign("53")
            assert with_unit(Decimal("376200000"), "USD") == usd(Decimal("376200000"))


def test_an_unknown_unit_follows_the_number_as_entered():
    with translation.override("ru"):
        assert with_unit(Decimal("3"), "hectares") == "3 hectares"


def test_every_unit_of_the_catalogue_is_written_with_its_number():
    from programmes.models import Indicator

    units = set(Indicator.objects.values_list("unit", flat=True))
    assert units - {"per cent", "USD"} == set(UNITS)


def test_the_comparator_comes_before_the_value():
    from programmes.models import Indicator

    indicator = Indicator(value=Decimal("400000"), unit="registered users", comparator="about")
    with translation.override("en"):
        assert indicator.value_text() == "about 400,000 registered users"
        indicator.comparator = Indicator.Comparator.EXACT
        assert indicator.value_text() == "400,000 registered users"


def _russian_word(number: int, unit: str) -> str:
    with translation.override("ru"):
        text = with_unit(Decimal(number), unit)
    return text.replace(intcomma(number), "", 1).strip()


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_russian_units_take_the_form_their_number_wants(unit):
    """1 and 21 take one form, 2, 3, 4 and 22 another, 5, 11, 12 and 25 a third (страна,
    страны, стран). Depends on the units' msgids in locale/ru (programmes/units.py), which the
    catalogues' maintainers add: until then every form is the English one and this fails."""
    words = {n: _russian_word(n, unit) for n in (1, 2, 3, 4, 5, 11, 12, 21, 22, 25)}
    assert re.search("[\u0430-\u044f\u0451]", words[5]), words  # catalogue entry: translated at all
    assert words[1] == words[21], words
    assert words[2] == words[3] == words[4] == words[22], words
    assert words[5] == words[11] == words[12] == words[25], words
    assert words[1] != words[2], words  # catalogue entry: the singular and paucal forms differ


def test_russian_countries_decline_as_russian_grammar_wants():
    """Depends on the msgid pair "%(number)s country" / "%(number)s countries" in locale/ru."""
    assert [_russian_word(n, "countries") for n in (1, 2, 5, 21)] == [
        "страна",
        "страны",
        "стран",
        "страна",
    ]


# Doors --------------------------------------------------------------------------------------


def test_the_api_names_indicators_in_the_language_of_accept_language():
    from programmes.models import Indicator

    client = Client(headers={"Authorization": f"Token {create_api_client('data-text-api')}"})
    body = client.get("/api/v1/indicators/", headers={"Accept-Language": "ru"}).json()
    names = {(row["programme"], row["code"], row["period"]): row["name"] for row in body["results"]}
    assert names
    for indicator in Indicator.objects.select_related("programme"):
        key = (indicator.programme.slug, indicator.code, indicator.period)
        if key in names:
            assert names[key] == catalogue("ru")[indicator.name]


def test_a_programme_page_shows_its_indicators_in_the_page_language(client):
    from programmes.models import Indicator

    indicator = Indicator.objects.get(programme__slug="un-cc-learn", code="registered-users")
    body = client.get("/ru/programmes/un-cc-learn/").content.decode()
    assert _escaped(catalogue("ru")[indicator.name]) in body
    assert _escaped(catalogue("ru")[indicator.source]) in body
    with translation.override("ru"):
        assert _escaped(indicator.value_text()) in body
    assert _escaped(indicator.name) not in body


def test_the_russian_data_quality_page_shows_each_figure_in_russian(admin_client):
    from reports.models import PublishedFigure

    body = admin_client.get("/ru/data-quality/").content.decode()
    russian = catalogue("ru")
    with translation.override("ru"):
        for figure in PublishedFigure.objects.all():
            assert _escaped(russian[figure.label]) in body, figure.key
            assert _escaped(figure.localized_source()) in body, figure.key
            if figure.discrepancy_note:
                assert _escaped(russian[figure.discrepancy_note]) in body, figure.key


def test_the_russian_reports_figures_csv_gives_published_figures_in_russian(client):
    from reports.models import PublishedFigure

    text = client.get("/ru/reports/annual/2020/figures.csv").content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    with translation.override("ru"):
        sources = {figure.localized_source() for figure in PublishedFigure.objects.all()}
        labels = {figure.localized_label() for figure in PublishedFigure.objects.all()}
    published = [row for row in rows if row["published_source"]]
    assert published
    assert {row["published_source"] for row in published} <= sources
    reconciled = [row for row in rows if row["section"] == "reconciliation"]
    assert {row["label"] for row in reconciled} <= labels


def _escaped(text: str) -> str:
    from django.utils.html import escape

    return escape(text)


# Pages --------------------------------------------------------------------------------------

# The page types of tests/test_i18n.py (the login page shows no data), and staff's pages.
PAGES = [
    *(path for path in PAGE_TYPES if path != "/accounts/login/"),
    "/reports/biennium/2018-2019/",
    "/data-quality/",
    "/imports/",
]
STAFF_PAGES = {"/data-quality/", "/imports/"}
# Whole words: not inside a Latin word, a number, a column name (with_partners) or a hyphenated
# code a file must hold as written (face-to-face, not-stated); a Chinese or Cyrillic letter next
# to one does not make it part of a word (训研所in 2020).
ENGLISH_WORDS = re.compile(
    r"(?<![A-Za-z0-9_-])(the|of|and|by|in|for|with|from|to|per|since|at|on|is|are|was|were|not|no)"
    r"(?![A-Za-z0-9_-])",
    re.IGNORECASE,
)
# Proper names written the same in every language, which contain such a word. Keep it short.
PROPER_NAMES = [
    "UN - How To",  # the mobile application's name (E/2021/49 para 53), kept in every language
]


class _VisibleText(HTMLParser):
    """A page's visible text: text outside scripts and styles, the attributes read aloud or
    shown on hover, and the words of its charts (their JSON figures). Code (a file's column
    names, in <code>) is the same in every language."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._script: str | None = None  # the type of the script being read
        self._code = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._script = dict(attrs).get("type") or tag
        if tag == "code":
            self._code += 1
        for name, value in attrs:
            if name in ("title", "alt", "aria-label", "placeholder") and value:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._script = None
        if tag == "code":
            self._code -= 1

    def handle_data(self, data):
        if self._script == "application/json":
            self.texts.extend(chart_texts(json.loads(data)))
        elif self._script is None and not self._code:
            self.texts.append(data)


def chart_texts(figure: dict) -> list[str]:
    """A plotly figure's words: layout and axis titles, trace names and hover templates (less
    their %{...} placeholders and tags)."""
    if not isinstance(figure, dict) or "layout" not in figure:
        return []
    found = []

    def title(item) -> None:
        if isinstance(item, dict):
            item = item.get("text")
        if isinstance(item, str):
            found.append(item)

    layout = figure["layout"]
    title(layout.get("title"))
    for name, value in layout.items():
        if re.fullmatch(r"[xy]axis\d*|legend|coloraxis", name) and isinstance(value, dict):
            title(value.get("title"))
    for trace in figure.get("data", []):
        found.append(str(trace.get("name") or ""))
        hover = re.sub(r"%{[^}]*}|<[^>]*>", " ", str(trace.get("hovertemplate") or ""))
        found.append(hover)
    return [text for text in found if text.strip()]


def english_words(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    found = []
    for text in parser.texts:
        text = " ".join(text.split())
        for name in PROPER_NAMES:
            text = text.replace(name, " ")
        if ENGLISH_WORDS.search(text):
            found.append(text)
    return sorted(set(found))


def test_the_scanner_finds_english_in_text_attributes_and_charts():
    figure = {
        "data": [{"name": "Доля", "hovertemplate": "%{x}: %{y}<extra>in total</extra>"}],
        "layout": {"title": {"text": "Число"}, "yaxis": {"title": {"text": "Share of women"}}},
    }
    html = (
        '<p title="Число">Страна</p><p>Число of</p><img alt="the map">'
        f'<script type="application/json">{json.dumps(figure)}</script>'
        "<script>var text = 'in the code';</script><p>训研所in 2020</p><p>UNITAR, R20</p>"
        "<p>分组 <code>with_partners</code> with_partners «UN - How To»</p>"
        "<p>online, face-to-face или blended; not-stated</p>"
    )
    assert english_words(html) == [
        ": in total",
        "Share of women",
        "the map",
        "Число of",
        "训研所in 2020",
    ]


@pytest.mark.parametrize("language", ["zh-hans", "ru", "ar"])
@pytest.mark.parametrize("path", PAGES)
def test_no_page_shows_english_words(client, admin_client, language, path):
    """Fails while any text of a page (templates, catalogues, the dataset's text) is English."""
    browser = admin_client if path in STAFF_PAGES else client
    response = browser.get(f"/{language}{path}")
    assert response.status_code == 200
    found = english_words(response.content.decode())
    assert not found, f"/{language}{path} shows English: " + " | ".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_finance_measure_is_described_in_the_pages_language(language):
    from finance.selectors import FINANCE_MEASURES
    from reports.report_figures import describe

    for measure in FINANCE_MEASURES:
        with translation.override("en"):
            english = describe({"measure": measure})
        with translation.override(language):
            described = describe({"measure": measure})
        assert not re.search(r"\b(usd|percent)\b", english), measure  # named, not spelled as a code
        assert described != english, (language, measure)


def test_generated_events_are_titled_illustrative_in_the_pages_language():
    from programmes.models import Event

    event = Event.objects.filter(generated=True, learning=True).select_related("programme")[0]
    number = event.title.rpartition("/")[2]
    page = Client().get(f"/fr/programmes/{event.programme.slug}/?year={event.start_date.year}")
    html = page.content.decode()
    assert f"Cours fictif {event.start_date.year}/{number}" in html
    assert event.title not in html
    with translation.override("en"):
        assert event.localized_title() == f"Illustrative course {event.start_date.year}/{number}"
