"""Sign-up with mandatory email verification, and logging in by email."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from accounts.models import User
from accounts.tests.helpers import confirmation_path, sign_up

pytestmark = pytest.mark.django_db


def test_signup_sends_a_dutch_verification_mail_and_does_not_log_in(client, password):
    response = sign_up(client, "nieuw@example.nl", password)

    assert response.status_code == 302
    assert response.url == "/account/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nieuw@example.nl"]
    assert "bevestig" in mail.outbox[0].subject.lower()
    assert not EmailAddress.objects.get(email="nieuw@example.nl").verified
    assert "_auth_user_id" not in client.session


def test_the_mailed_link_verifies_the_address_and_logs_in(client, password):
    sign_up(client, "nieuw@example.nl", password)
    path = confirmation_path(mail.outbox[0])

    page = client.get(path)
    assert "Bevestigen" in page.content.decode()
    response = client.post(path)

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="nieuw@example.nl").verified
    assert client.session["_auth_user_id"] == str(User.objects.get(email="nieuw@example.nl").pk)


def test_an_unverified_address_cannot_log_in(client, password):
    sign_up(client, "nieuw@example.nl", password)

    response = client.post("/account/login/", {"login": "nieuw@example.nl", "password": password})

    assert response.status_code == 302
    assert response.url == "/account/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_login_by_email(client, visitor, password):
    response = client.post("/account/login/", {"login": visitor.email, "password": password})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(visitor.pk)


def test_a_wrong_password_shows_the_error_summary(client, visitor):
    response = client.post("/account/login/", {"login": visitor.email, "password": "fout"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Er ging iets mis" in response.content.decode()
