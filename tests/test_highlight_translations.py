"""Highlights in all six UN languages, with every figure of the English kept in each."""

import re

import pytest
from django.utils.html import escape

from programmes import catalogue, highlight_translations

pytestmark = pytest.mark.django_db

LANGUAGES = ["zh-hans", "fr", "es", "ru", "ar"]
OURS = {
    "fr": highlight_translations.HIGHLIGHT_TEXT_FR,
    "es": highlight_translations.HIGHLIGHT_TEXT_ES,
    "ru": highlight_translations.HIGHLIGHT_TEXT_RU,
    "ar": highlight_translations.HIGHLIGHT_TEXT_AR,
}
# A space, no-break space, narrow no-break space, comma or period between a digit and a group
# of exactly three digits is a thousands separator: 8,938, 8 938 and 8.938 are all 8938.
THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f,.](?=\d{3}(?!\d))")


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", THOUSANDS.sub("", text))


def test_every_highlight_has_all_six_languages():
    from programmes.models import Highlight

    highlights = list(Highlight.objects.all())
    assert highlights
    for highlight in highlights:
        assert highlight.text.strip(), highlight
        for language in LANGUAGES:
            assert highlight.text_translations.get(language, "").strip(), (highlight, language)


def test_our_translations_cover_every_paragraph():
    for language, texts in OURS.items():
        assert set(texts) == set(catalogue.HIGHLIGHT_TEXT_EN), language


@pytest.mark.parametrize("paragraph", sorted(catalogue.HIGHLIGHT_TEXT_EN))
def test_every_translation_keeps_the_english_figures(paragraph):
    english = _digits(catalogue.HIGHLIGHT_TEXT_EN[paragraph])
    for language, texts in OURS.items():
        assert _digits(texts[paragraph]) == english, (paragraph, language)


def test_the_thousands_separators_are_read_as_such():
    assert _digits("8,938 and 8\u00a0938 and 8.938 in 2019-2020, 4.8 million") == [
        "8938",
        "8938",
        "8938",
        "2019",
        "2020",
        "4",
        "8",
    ]


def test_the_arabic_page_shows_the_arabic_highlight(client):
    from programmes.models import Highlight

    highlight = Highlight.objects.filter(programme__isnull=False).order_by("paragraph")[0]
    response = client.get(f"/ar/programmes/{highlight.programme.slug}/")
    assert response.status_code == 200
    body = response.content.decode()
    arabic = highlight.text_translations["ar"]
    assert escape(arabic[:60]) in body
    assert escape(highlight.text[:60]) not in body
