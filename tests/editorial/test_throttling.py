"""Admin login throttling: repeated wrong passwords lock the account out for a while, with a German page and a log."""

import logging

from django.test import override_settings
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from axes.models import AccessAttempt

from .conftest import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sicheres-passwort-2026"  # the test users' password, see conftest.make_user


def attempt(client, username, password):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


@pytest.fixture
def axes_on():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3):
        yield


@pytest.mark.usefixtures("axes_on")
def test_wrong_passwords_lock_out_and_are_logged(client, caplog):
    user = make_user("redakteurin")
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            response = attempt(client, "redakteurin", "falsch")
            assert response.status_code == 200  # the login form again, with its error
        locked = attempt(client, "redakteurin", "falsch")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Anmeldung vorübergehend gesperrt" in page
    assert "15 Minuten" in page
    assert 'lang="de"' in page
    # Even the right password is refused while the lockout lasts.
    again = attempt(client, "redakteurin", PASSWORD)
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.filter(username="redakteurin", failures_since_start__gte=3).exists()
    assert "locked out" in caplog.text
    assert ModelLogEntry.objects.filter(action="editorial.login_locked_out", object_id=str(user.pk)).exists()


@pytest.mark.usefixtures("axes_on")
def test_lockout_is_per_user_name(client):
    make_user("redakteurin")
    make_user("moderatorin")
    for _ in range(3):
        attempt(client, "redakteurin", "falsch")
    response = attempt(client, "moderatorin", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.usefixtures("axes_on")
def test_success_below_the_limit_resets_the_count(client):
    make_user("redakteurin")
    attempt(client, "redakteurin", "falsch")
    attempt(client, "redakteurin", "falsch")
    assert attempt(client, "redakteurin", PASSWORD).status_code == 302
    client.logout()
    attempt(client, "redakteurin", "falsch")
    attempt(client, "redakteurin", "falsch")
    assert attempt(client, "redakteurin", PASSWORD).status_code == 302
