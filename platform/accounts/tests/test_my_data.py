"""My data: what is stored, the JSON download and deleting the account."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core import mail

from accounts import roles
from accounts.models import User, VerificationRequest
from accounts.services import request_verification
from accounts.tests.factories import enable_totp
from taxonomy.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def download(client):
    response = client.get("/account/gegevens/download/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    return response


def test_the_page_explains_what_is_stored(client, visitor):
    client.force_login(visitor)

    page = client.get("/account/gegevens/").content.decode()

    assert "<h1>Mijn gegevens</h1>" in page
    assert "Mijn gegevens downloaden" in page
    assert "Account definitief verwijderen" in page


def test_the_download_holds_the_account_section(client, user_with_role):
    user = user_with_role(roles.REDACTEUR)
    user.organisation = OrganisationFactory(name="SWV Zoetermeer")
    user.save()
    enable_totp(user)
    client.force_login(user)
    client.get("/account/")  # the session is recorded on a request

    account = download(client).json()["account"]

    assert account["email"] == user.email
    assert account["last_name"] == user.last_name
    assert account["roles"] == ["professional", "redacteur"]
    assert account["organisation"] == "SWV Zoetermeer"
    assert account["email_addresses"] == [{"email": user.email, "verified": True, "primary": True}]
    assert account["mfa"] == ["totp"]
    assert len(account["sessions"]) == 1
    assert account["sessions"][0]["ip"] == "127.0.0.1"


def test_the_download_holds_verification_requests(client, visitor):
    request_verification(visitor, organisation_name="Het Anker", function="Coach",
                         reason="Ik werk met peuters.")
    client.force_login(visitor)

    requests = download(client).json()["account"]["verification_requests"]

    assert [(r["organisation_name"], r["status"]) for r in requests] == [("Het Anker", "pending")]


def test_the_download_never_holds_secrets(client, visitor):
    authenticator = enable_totp(visitor)
    client.force_login(visitor)

    response = download(client)
    body = response.content.decode()
    account = json.dumps(response.json()["account"])

    assert visitor.password not in body
    assert authenticator.data["secret"] not in body
    assert "secret" not in account
    assert "password" not in account


def test_a_wrong_password_keeps_the_account(client, visitor):
    client.force_login(visitor)

    response = client.post("/account/gegevens/verwijderen/", {
        "password": "niet-mijn-wachtwoord", "confirm": "on",
    })

    assert response.status_code == 200
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert User.objects.filter(pk=visitor.pk).exists()
    assert client.session["_auth_user_id"] == str(visitor.pk)


def test_deleting_needs_the_confirmation(client, visitor, password):
    client.force_login(visitor)

    response = client.post("/account/gegevens/verwijderen/", {"password": password})

    assert response.status_code == 200
    assert User.objects.filter(pk=visitor.pk).exists()


def test_the_right_password_erases_the_account_and_logs_out(
    client, visitor, password, django_capture_on_commit_callbacks
):
    enable_totp(visitor)
    request_verification(visitor, organisation_name="Het Anker", function="Coach",
                         reason="Ik werk met peuters.")
    client.force_login(visitor)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/gegevens/verwijderen/", {
            "password": password, "confirm": "on",
        }, follow=True)

    assert response.redirect_chain[-1] == ("/", 302)
    assert "Uw account en uw gegevens zijn verwijderd." in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(pk=visitor.pk).exists()
    assert not EmailAddress.objects.filter(email=visitor.email).exists()
    assert not Authenticator.objects.filter(user_id=visitor.pk).exists()
    assert not VerificationRequest.objects.filter(user_id=visitor.pk).exists()
    assert [m.to for m in mail.outbox] == [[visitor.email]]
    assert "U hebt uw account op" in mail.outbox[0].body


def test_deleting_runs_every_apps_eraser(client, visitor, password, monkeypatch):
    from accounts import mydata

    erased = []
    monkeypatch.setitem(mydata._erasers, "zz-test", lambda user: erased.append(user.pk))
    client.force_login(visitor)

    client.post("/account/gegevens/verwijderen/", {"password": password, "confirm": "on"})

    assert erased == [visitor.pk]


def test_guessing_the_password_to_delete_an_account_is_throttled(client, visitor):
    """The delete form checks a password, so it is throttled like a login."""
    client.force_login(visitor)
    statuses = [
        client.post("/account/gegevens/verwijderen/", {"password": "fout", "confirm": "on"})
        .status_code
        for _attempt in range(25)
    ]

    assert 429 in statuses
    assert statuses[0] == 200
    assert type(visitor).objects.filter(pk=visitor.pk).exists()
