"""The language of a request whose URL does not name one: the API's, and a remembered choice.

LocaleMiddleware gives every unprefixed URL the default language once i18n_patterns is used with
prefix_default_language=False (English at the root, DESIGN.md). Two doors need more:
- the API at /api/v1/ is not language-prefixed and answers in the language of Accept-Language;
- a visitor who chose a language with the switcher (Django's set_language, which sets the
  language cookie) and then opens an unprefixed page address is sent to that page in the chosen
  language.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views import i18n

API_PREFIX = "/api/"


def language_from_accept_language(header: str) -> str:
    """The first supported language the header asks for, else the default (English)."""
    for code, _quality in parse_accept_lang_header(header):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def remembered_language(request: HttpRequest) -> str | None:
    """The language the visitor chose with the switcher, when it is not the default."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    try:
        language = translation.get_supported_language_variant(code)
    except LookupError:
        return None
    return None if language == settings.LANGUAGE_CODE else language


class RequestLanguageMiddleware:
    """After LocaleMiddleware: the API's language from Accept-Language; an unprefixed page
    redirected to the remembered language's address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(API_PREFIX):
            language = language_from_accept_language(request.headers.get("Accept-Language", ""))
            translation.activate(language)
            request.LANGUAGE_CODE = language
            return self.get_response(request)
        if translation.get_language_from_path(request.path_info):
            return self.get_response(request)
        chosen = remembered_language(request)
        if chosen and request.method in ("GET", "HEAD"):
            here = request.get_full_path()
            there = translate_url(here, chosen)
            if there != here:  # only pages have another address per language
                return HttpResponseRedirect(there, headers={"Vary": "Cookie"})
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        return response


def localized_path(path: str) -> str:
    """A page's root-relative address in the active language: /fr/pillars/peace/ for French,
    unchanged for English (at the root, as i18n_patterns with prefix_default_language=False)."""
    language = translation.get_language()
    if not language or language == settings.LANGUAGE_CODE or not path.startswith("/"):
        return path
    return f"/{language}{path}"


def set_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, reading the page to return to in that page's own language.

    /i18n/setlang/ is unprefixed, so LocaleMiddleware runs it in English, and Django's view then
    cannot resolve a prefixed next (/ar/finance/) to translate it: switching back to English
    would stay on /ar/finance/. Resolving next under its own prefix's language fixes that.
    """
    next_url = request.POST.get("next", request.GET.get("next")) or ""
    language = translation.get_language_from_path(urlsplit(next_url).path)
    if not language:
        return i18n.set_language(request)
    with translation.override(language):
        return i18n.set_language(request)
