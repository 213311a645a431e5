"""Logging in and out of the pages: Django's own views under /accounts/."""

import factory
import pytest
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "a long enough passphrase"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"reader-{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(self, create, extracted, **kwargs):
        if create:
            self.save()


def test_the_login_page_shows_a_form(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_a_user_who_logs_in_goes_back_where_they_were_going(client):
    user = UserFactory()
    response = client.post(
        "/accounts/login/?next=/exports/",
        {"username": user.username, "password": PASSWORD, "next": "/exports/"},
    )
    assert response.status_code == 302 and response["Location"] == "/exports/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_logs_nobody_in(client):
    user = UserFactory()
    response = client.post("/accounts/login/", {"username": user.username, "password": "no"})
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_logging_out_takes_a_post(client):
    client.force_login(UserFactory())
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session
