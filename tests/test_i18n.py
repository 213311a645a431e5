"""The six official UN languages: complete catalogues, translated templates, every page type in
every language with the right lang and dir, locale-formatted figures, a switcher that keeps the
page and its filters, and an API that answers in the language of Accept-Language.

Catalogues are read with Babel (already a dependency: country names come from its CLDR data).
"""

import gettext
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import Client
from django.utils import translation

from accounts.services import create_api_client

BASE = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
LOCALE_DIRS = {"ar": "ar", "zh-hans": "zh_Hans", "fr": "fr", "ru": "ru", "es": "es"}
CATALOGUES = [
    BASE / "locale" / LOCALE_DIRS[code] / "LC_MESSAGES" / "django.po" for code in TRANSLATED
]
PLURAL_FORMS = {"ar": 6, "zh-hans": 1, "fr": 2, "ru": 4, "es": 3}


def _catalogue(path: Path):
    with path.open("rb") as po:
        return read_po(po)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_message_of_each_catalogue_is_translated_and_none_is_fuzzy(path):
    catalogue = _catalogue(path)
    assert not catalogue.fuzzy, "the header is marked fuzzy"
    missing = [
        message.id
        for message in catalogue
        if message.id
        and (
            message.fuzzy
            or not all(message.string if isinstance(message.string, tuple) else [message.string])
        )
    ]
    assert missing == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_has_its_languages_plural_forms(code):
    path = BASE / "locale" / LOCALE_DIRS[code] / "LC_MESSAGES" / "django.po"
    catalogue = _catalogue(path)
    assert catalogue.num_plurals == PLURAL_FORMS[code]
    for message in catalogue:
        if message.pluralizable and message.id:
            assert len(message.string) == PLURAL_FORMS[code], message.id


def test_the_catalogues_hold_the_same_messages():
    ids = [{m.id for m in _catalogue(path) if m.id} for path in CATALOGUES]
    assert all(each == ids[0] for each in ids)


def _product_source(target: Path) -> None:
    """The files `make messages` reads, copied so that it can run without touching locale/."""
    skip = shutil.ignore_patterns(".*", "node_modules", "var", "tests", "__pycache__", "*.mo")
    for entry in BASE.iterdir():
        if entry.is_dir() and entry.name not in (".venv", "node_modules", "var", "tests", ".git"):
            shutil.copytree(entry, target / entry.name, ignore=skip)
        elif entry.is_file():
            shutil.copy2(entry, target / entry.name)


@pytest.mark.skipif(
    shutil.which("xgettext") is None and not os.environ.get("CI"),
    reason="needs GNU gettext (.ci/run installs it)",
)
def test_every_message_of_the_code_and_templates_is_in_the_catalogues(tmp_path):
    """`make messages` would add nothing and drop nothing: every gettext call and translation
    tag has its catalogue entry (translated, by the test above), and no entry is left unused."""
    _product_source(tmp_path)
    command = [
        sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-location",
        "--no-obsolete", "--ignore=.venv", "--ignore=node_modules", "--ignore=var",
    ]  # fmt: skip
    environment = {**os.environ, "VAR_DIR": str(tmp_path / "var")}
    subprocess.run(command, cwd=tmp_path, env=environment, check=True, capture_output=True)  # noqa: S603
    extracted = {m.id for m in _catalogue(tmp_path / "locale/fr/LC_MESSAGES/django.po") if m.id}
    committed = {m.id for m in _catalogue(BASE / "locale/fr/LC_MESSAGES/django.po") if m.id}
    assert sorted(map(str, extracted - committed)) == [], "new messages: run make messages"
    assert sorted(map(str, committed - extracted)) == [], "messages no longer used"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_each_committed_mo_file_matches_its_po_file(path):
    """The compiled catalogue in the tree says what the .po says (run compilemessages)."""
    with path.with_suffix(".mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for message in _catalogue(path):
        if not message.id:
            continue
        if message.pluralizable:
            singular, plural = message.id
            for n in (0, 1, 2, 5, 11, 21, 100):
                expected = message.string[compiled.plural(n)]
                assert compiled.ngettext(singular, plural, n) == expected, (message.id, n)
        elif message.context:
            assert compiled.pgettext(message.context, message.id) == message.string, message.id
        else:
            assert compiled.gettext(message.id) == message.string, message.id


class _TextNodes(HTMLParser):
    """Collects a template's text outside template tags, variables, comments, scripts and
    styles, with the line it is on."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if name in ("title", "alt", "placeholder", "aria-label") and value:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.texts.append(data)


# Template syntax, with {% translate %}/{% blocktranslate %} blocks removed whole.
TEMPLATE_SYNTAX = re.compile(
    r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}|{%.*?%}|{{.*?}}|{#.*?#}", re.S
)
# Not words: punctuation, numbers, symbols, whitespace.
NO_WORDS = re.compile(r"^[\W\d_]*$")
# Text that is the same in every language: names of formats, codes and standards.
ALLOWED = {"CSV", "SHA-256", "USD", "IATI", "(", ")", "·", "—", "xlsx", ".xlsx"}


def untranslated_texts(source: str) -> list[str]:
    parser = _TextNodes()
    # A heading whose level is a variable (<{{ level }}>) is still a tag.
    source = re.sub(r"<(/?){{.*?}}", r"<\1div", source)
    parser.feed(TEMPLATE_SYNTAX.sub(" ", source))
    found = []
    for text in parser.texts:
        text = " ".join(text.split())
        if text and not NO_WORDS.match(text) and text not in ALLOWED:
            found.append(text)
    return found


def test_the_template_scanner_finds_bare_text_and_ignores_translated_text():
    source = (
        '{% load i18n %}<p title="Bare title">Bare {{ value }} text</p>'
        '<p>{% translate "Done" %} 12.5% · {{ n }}</p>'
        "{% blocktranslate %}In {{ year }}{% endblocktranslate %}"
    )
    assert untranslated_texts(source) == ["Bare title", "Bare text"]


@pytest.mark.parametrize(
    "template", sorted((BASE / "templates").rglob("*.html")), ids=lambda p: p.name
)
def test_no_template_has_user_facing_text_outside_a_translation_tag(template):
    assert untranslated_texts(template.read_text(encoding="utf-8")) == []


# Page types (DESIGN.md, Public surface) and a word of each page's title in each language.
PAGES = [
    "/",
    "/pillars/planet/",
    "/areas/unosat/",
    "/programmes/un-cc-learn/",
    "/finance/",
    "/reports/",
    "/reports/annual/2020/",
    "/exports/",
    "/accounts/login/",
]
TITLE_WORD = {
    "en": "UNITAR results",
    "fr": "UNITAR",
    "es": "Resultados del UNITAR",
    "ru": "ЮНИТАР",
    "zh-hans": "训研所",
    "ar": "اليونيتار",
}


def _prefixed(code: str, path: str) -> str:
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_type_renders_in_every_language(code, path):
    response = Client().get(_prefixed(code, path))
    assert response.status_code == 200
    html = response.content.decode()
    bidi = translation.get_language_info(code)["bidi"]
    assert f'<html lang="{code}" dir="{"rtl" if bidi else "ltr"}">' in html
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert TITLE_WORD[code] in title


@pytest.mark.django_db
def test_pages_link_to_pages_in_their_own_language():
    html = Client().get("/fr/?year=2020").content.decode()
    assert 'href="/fr/pillars/' in html
    assert 'href="/pillars/' not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "grouped"),
    [
        ("en", "322,410"),
        ("fr", "322\xa0410"),
        ("ru", "322\xa0410"),
        ("zh-hans", "322,410"),
        ("es", "322.410"),
        ("ar", "322,410"),
    ],
)
def test_numbers_are_grouped_as_the_locale_writes_them(code, grouped):
    from django.contrib.humanize.templatetags.humanize import intcomma

    with translation.override(code):
        assert intcomma(322410) == grouped


@pytest.mark.django_db
def test_the_overview_shows_figures_in_the_locales_format():
    english = Client().get("/").content.decode()
    french = Client().get("/fr/").content.decode()
    first = re.search(r"<td>(\d{1,3}(?:,\d{3})+)</td>", english).group(1)
    assert first.replace(",", "\xa0") in french


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "written"),
    [("en", "{n}%"), ("zh-hans", "{n}%"), ("fr", "{n}\xa0%"), ("es", "{n}\xa0%"),
     ("ru", "{n}\xa0%"), ("ar", "{n}\u200e%\u200e")],
)  # fmt: skip
def test_percentages_are_written_as_the_locale_writes_them(code, written):
    english = Client().get("/?year=2020").content.decode()
    share = re.search(r'class="card-value">(\d+)%</strong>', english).group(1)
    page = Client().get(_prefixed(code, "/?year=2020")).content.decode()
    assert f'class="card-value">{written.format(n=share)}</strong>' in page
    # The overview's yearly table too (its learning-related share column).
    assert re.search(r"<td>\d+" + re.escape(written.format(n="")) + "</td>", page)


@pytest.mark.django_db
def test_charts_get_the_pages_plotly_locale_and_separators():
    html = Client().get("/fr/pillars/planet/").content.decode()
    assert "vendor/plotly-locales/fr.js" in html
    assert 'data-locale="fr"' in html
    assert 'data-separators=",\xa0"' in html
    assert "vendor/plotly-locales/zh-cn.js" in Client().get("/zh-hans/").content.decode()


@pytest.mark.django_db
def test_every_page_has_a_language_switcher_naming_each_language_in_itself():
    html = Client().get("/areas/unosat/?year=2020").content.decode()
    assert 'action="/i18n/setlang/"' in html
    assert 'name="next" value="/areas/unosat/?year=2020"' in html
    for code in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f'name="language" value="{code}" lang="{code}"' in html


@pytest.mark.django_db
def test_switching_language_keeps_the_page_and_its_filters_and_remembers_the_choice():
    client = Client()
    response = client.post(
        "/i18n/setlang/", {"language": "ar", "next": "/pillars/planet/?year=2020&region=africa"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/pillars/planet/?year=2020&region=africa"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    # Remembered: an unprefixed page address now leads to the chosen language.
    again = client.get("/finance/")
    assert again.status_code == 302 and again["Location"] == "/ar/finance/"
    back = client.post("/i18n/setlang/", {"language": "en", "next": "/ar/finance/"})
    assert back["Location"] == "/finance/"
    assert client.get("/finance/").status_code == 200


@pytest.mark.django_db
def test_english_stays_at_the_root_whatever_the_browser_asks():
    response = Client(headers={"Accept-Language": "fr"}).get("/")
    assert response.status_code == 200
    assert '<html lang="en" dir="ltr">' in response.content.decode()


@pytest.fixture
def api_client(db):
    return Client(headers={"Authorization": f"Token {create_api_client('i18n-api')}"})


@pytest.mark.parametrize(
    ("accept", "name"),
    [
        ("fr", "Paix"),
        ("zh-hans", "和平"),
        ("zh-CN,zh;q=0.9", "和平"),
        ("en", "Peace"),
        ("", "Peace"),
    ],
)
def test_the_api_names_pillars_in_the_language_of_accept_language(api_client, accept, name):
    response = api_client.get("/api/v1/pillars/", headers={"Accept-Language": accept})
    assert response.status_code == 200
    rows = response.json()
    rows = rows["results"] if isinstance(rows, dict) else rows
    peace = next(row for row in rows if row["slug"] == "peace")
    assert peace["name"] == name


def test_the_api_explains_a_refused_parameter_in_the_requested_language(api_client):
    response = api_client.get(
        "/api/v1/beneficiaries/counts/?year=1899", headers={"Accept-Language": "fr"}
    )
    assert response.status_code == 400
    assert response.json()["parameter"] == "year"
    assert response.json()["detail"].startswith("doit être compris entre")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_server_error_page_speaks_the_requests_language(code, rf):
    from unitar_site.errors import server_error

    with translation.override(code):
        expected_title = translation.gettext("Something went wrong")
        overview = _prefixed(code, "/")
        response = server_error(rf.get(overview))
    html = response.content.decode()
    bidi = translation.get_language_info(code)["bidi"]
    assert response.status_code == 500
    assert f'<html lang="{code}" dir="{"rtl" if bidi else "ltr"}">' in html
    assert f"<h1>{expected_title}</h1>" in html
    assert f'href="{overview}"' in html
