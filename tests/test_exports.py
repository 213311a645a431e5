"""CSV exports: equal to the API, suppression by role, pseudonymised records, formula safety."""

import csv
import datetime
import io
import threading
import time

import factory
import pandas as pd
import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from accounts.roles import ANALYST
from beneficiaries.models import Country, Participation
from programmes.models import Event, Programme
from reports.exports import FORMULA_STARTS, csv_line, neutralise, participation_export, pseudonym
from reports.selectors import beneficiary_counts
from reports.services import statistics

pytestmark = pytest.mark.django_db
BENEFICIARIES = "/exports/beneficiaries.csv"
PARTICIPATIONS = "/exports/participations.csv"
ROAD_SAFETY_2020 = {"year": "2020", "programme": "road-safety"}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"exporter-{n}")


class AnalystFactory(UserFactory):
    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def analyst_group(self, create, extracted, **kwargs):
        self.groups.add(Group.objects.get(name=ANALYST))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    code = factory.Sequence(lambda n: f"TEST-EXPORT-{n}")
    programme = factory.LazyFunction(lambda: Programme.objects.get(slug="road-safety"))
    title = "Export test event"
    start_date = datetime.date(2021, 6, 1)
    end_date = datetime.date(2021, 6, 2)
    event_days = 2
    delivery_mode = "online"
    learning = True


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    event = factory.SubFactory(EventFactory)
    person_key = factory.Sequence(lambda n: f"export-person-{n}")
    gender = "female"
    age_group = "25-34"
    country = factory.LazyFunction(lambda: Country.objects.get(iso3="KEN"))
    sector = "ngo"


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def _frame(body: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(body), comment="#")


def _lines(body: bytes) -> list[str]:
    return body.decode("utf-8").splitlines()


@pytest.fixture
def analyst_client(client):
    client.force_login(AnalystFactory())
    return client


@pytest.fixture
def api() -> APIClient:
    out = io.StringIO()
    call_command("create_api_client", "csv-comparison", stdout=out)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {out.getvalue().strip().splitlines()[-1]}")
    return api


@pytest.fixture
def small_cell() -> dict:
    """Three participants from a country road-safety never reached in 2021: a cell of 3."""
    question = {"programme": "road-safety", "year": "2021"}
    reached = beneficiary_counts({**question, "group_by": "country"}, see_small_cells=True)
    country = Country.objects.exclude(iso3__in=[r["country"] for r in reached.rows]).first()
    event = EventFactory()
    ParticipationFactory.create_batch(3, event=event, country=country)
    statistics.mark_dirty([(2021, event.programme_id)])
    statistics.run_build(full=False, trigger="test")
    return {"params": {**question, "group_by": "country"}, "country": country.iso3}


# Beneficiary counts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"year": "2020", "group_by": "gender,delivery"},
        {"country": "TUV", "group_by": "year"},  # has suppressed cells
        {"year": "2019", "beneficiary_type": "learning"},
        {"area": "unosat", "group_by": "country_group,year"},
    ],
)
def test_the_beneficiaries_csv_read_by_pandas_equals_the_api_answer(client, api, params):
    expected = pd.DataFrame(api.get("/api/v1/beneficiaries/counts/", params).json()["results"])
    exported = _frame(_body(client.get(BENEFICIARIES, params)))
    pd.testing.assert_frame_equal(exported, expected, check_dtype=False)


def test_the_beneficiaries_csv_says_which_build_and_filters_produced_it(client):
    response = client.get(BENEFICIARIES, {"year": "2020", "group_by": "gender"})
    lines = _lines(_body(response))
    build = response["X-Statistics-Build"]
    assert lines[0].startswith(f"# beneficiaries.csv from statistics build {build} as of ")
    assert response["X-Statistics-As-Of"] in lines[0]
    assert "filters: year=2020; group_by: gender" in lines[0] and "generated" in lines[0]
    assert lines[1] == "gender,beneficiaries,suppressed"
    assert lines[-1] == "# end: 3 rows" and len(lines) == 3 + 3
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="beneficiaries-')


def test_the_public_beneficiaries_csv_leaves_a_small_cell_empty_and_marks_it(client, small_cell):
    frame = _frame(_body(client.get(BENEFICIARIES, small_cell["params"]))).set_index("country")
    cell = frame.loc[small_cell["country"]]
    assert pd.isna(cell["beneficiaries"]) and bool(cell["suppressed"]) is True


def test_an_analyst_s_beneficiaries_csv_shows_the_small_cell(analyst_client, small_cell):
    body = _body(analyst_client.get(BENEFICIARIES, small_cell["params"]))
    frame = _frame(body).set_index("country")
    assert frame.loc[small_cell["country"], "beneficiaries"] == 3
    assert not frame["suppressed"].any()


BAD_PARAMETERS = [
    ({"year": str(10**12)}, "year"),
    ({"gender": "female\x00"}, "gender"),
    ({"pillar": "war"}, "pillar"),
    ({"country": "=cmd|' /C calc'!A0"}, "country"),
    ({"colour": "blue"}, "colour"),
]


@pytest.mark.parametrize(
    ("params", "parameter"), [*BAD_PARAMETERS, ({"group_by": "colour"}, "group_by")]
)
def test_bad_parameters_to_the_beneficiaries_csv_answer_400_naming_them(client, params, parameter):
    response = client.get(BENEFICIARIES, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith(f"Bad parameter {parameter}:")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(["year", "year_to", "country", "gender", "group_by", "disability", "x"]),
        st.text(max_size=20),
        max_size=3,
    ),
    st.sampled_from([BENEFICIARIES, PARTICIPATIONS, "/exports/"]),
)
def test_no_export_request_produces_a_server_error(analyst_client, params, url):
    response = analyst_client.get(url, params)
    assert response.status_code in (200, 400)  # a file's body is read only when iterated


# Participation records ---------------------------------------------------------------------


def test_participations_csv_sends_anonymous_users_to_log_in(client):
    response = client.get(PARTICIPATIONS)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_participations_csv_is_forbidden_without_the_export_permission(client):
    client.force_login(UserFactory())
    assert client.get(PARTICIPATIONS, ROAD_SAFETY_2020).status_code == 403


def test_participations_csv_is_served_to_an_analyst(analyst_client):
    response = analyst_client.get(PARTICIPATIONS, ROAD_SAFETY_2020)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="participations-')
    header = _lines(_body(response))[1]
    assert header == (
        "person,event,start_date,year,programme,area,pillar,country,gender,age_group,"
        "disability,sector,delivery,learning,certificate,generated"
    )


def test_participations_csv_rows_equal_the_filtered_participations(analyst_client):
    body = _body(analyst_client.get(PARTICIPATIONS, {**ROAD_SAFETY_2020, "gender": "male"}))
    expected = Participation.objects.filter(
        event__programme__slug="road-safety", event__start_date__year=2020, gender="male"
    ).count()
    frame = _frame(body)
    assert len(frame) == expected > 0
    assert set(frame["gender"]) == {"male"} and set(frame["year"]) == {2020}
    assert _lines(body)[-1] == f"# end: {expected} rows"


def test_participations_csv_holds_no_person_key(analyst_client):
    body = _body(analyst_client.get(PARTICIPATIONS, ROAD_SAFETY_2020)).decode()
    keys = Participation.objects.filter(
        event__programme__slug="road-safety", event__start_date__year=2020
    ).values_list("person_key", flat=True)
    assert not any(key in body for key in keys)
    assert "person_key" not in body


def test_a_person_has_the_same_pseudonym_in_every_export(analyst_client):
    participant = ParticipationFactory()
    params = {"year": "2021", "programme": "road-safety", "country": "KEN"}
    first = _frame(_body(analyst_client.get(PARTICIPATIONS, params)))
    second = _frame(_body(analyst_client.get(PARTICIPATIONS, params)))
    assert first["person"].tolist() == second["person"].tolist()
    assert pseudonym(participant.person_key) in set(first["person"])
    assert first["person"].str.fullmatch(r"[0-9a-f]{16}").all()


def test_participation_text_cells_that_look_like_formulas_are_neutralised(analyst_client):
    ParticipationFactory(event=EventFactory(code="=HYPERLINK(1)"))
    ParticipationFactory(event=EventFactory(code="-2+3"))
    params = {"year": "2021", "programme": "road-safety", "country": "KEN"}
    events = set(_frame(_body(analyst_client.get(PARTICIPATIONS, params)))["event"])
    assert {"'=HYPERLINK(1)", "'-2+3"} <= events
    assert not any(code.startswith(FORMULA_STARTS) for code in events)


@pytest.mark.parametrize(
    ("params", "parameter"), [*BAD_PARAMETERS, ({"group_by": "year"}, "group_by")]
)
def test_bad_parameters_to_the_participations_csv_answer_400_naming_them(
    analyst_client, params, parameter
):
    response = analyst_client.get(PARTICIPATIONS, params)
    assert response.status_code == 400
    assert response.content.decode().startswith(f"Bad parameter {parameter}:")


def test_closing_a_participations_download_half_read_stops_the_export():
    """What a WSGI server does when the client goes away: it closes the response's iterator."""
    chunks = participation_export({}).chunks  # all million records
    for _ in range(3):
        next(chunks)
    started = time.monotonic()
    chunks.close()
    assert not [t for t in threading.enumerate() if t.name == "participations-copy"]
    assert Participation.objects.filter(gender="other").exists()  # the connection still answers
    assert time.monotonic() - started < 2


# Formula injection ------------------------------------------------------------------------


def _written_and_read_back(values: list) -> list[str]:
    return next(csv.reader(io.StringIO(csv_line(values), newline="")))


@given(st.lists(st.text(), min_size=1, max_size=4))
def test_text_cells_read_back_never_start_a_formula_and_unquoting_restores_them(texts):
    for text, cell in zip(texts, _written_and_read_back(texts), strict=True):
        assert not cell.startswith(FORMULA_STARTS)
        assert cell == (f"'{text}" if text.startswith(FORMULA_STARTS) else text)


@given(st.integers() | st.floats(allow_nan=False, allow_infinity=False))
def test_numbers_stay_numbers(number):
    assert neutralise(number) is number
    (cell,) = _written_and_read_back([number])
    assert type(number)(cell) == number


# The /exports/ page ------------------------------------------------------------------------


def test_the_exports_page_shows_the_row_count_before_the_download_link(client):
    content = client.get("/exports/", {"year": "2020", "group_by": ["gender", "delivery"]})
    html = content.content.decode()
    count = html.index(">9 rows<")
    link = html.index('href="/exports/beneficiaries.csv?year=2020&amp;group_by=gender')
    assert content.status_code == 200 and count < link
    assert PARTICIPATIONS not in html  # records are for analysts only


def test_the_exports_page_shows_an_analyst_the_participation_row_count(analyst_client):
    html = analyst_client.get("/exports/", {**ROAD_SAFETY_2020, "group_by": "gender"})
    expected = Participation.objects.filter(
        event__programme__slug="road-safety", event__start_date__year=2020
    ).count()
    text = html.content.decode()
    assert f">{expected:,} rows<" in text
    assert f'href="{PARTICIPATIONS}?year=2020&amp;programme=road-safety"' in text


def test_the_exports_page_ignores_empty_form_fields(client):
    response = client.get("/exports/", {"year": "", "pillar": "", "gender": "female"})
    assert response.status_code == 200
    assert 'href="/exports/beneficiaries.csv?gender=female"' in response.content.decode()


def test_the_exports_page_shows_a_bad_parameter_next_to_the_form_with_400(client):
    response = client.get("/exports/", {"year": str(10**12)})
    assert response.status_code == 400
    assert "The parameter year was refused" in response.content.decode()


def test_the_analyst_group_holds_both_export_permissions():
    analyst = AnalystFactory()
    assert analyst.has_perm("reports.view_small_cells")
    assert analyst.has_perm("reports.export_participations")
