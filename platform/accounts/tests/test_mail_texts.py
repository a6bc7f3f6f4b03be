"""allauth's mails speak as the platform: its name, "u", plain Dutch and
the subject prefix of every other mail. Each flow runs through its views,
as a person would; a last test renders every allauth mail template, also
the ones for features that are switched off today."""

import re
import time
from pathlib import Path

import allauth
import pytest
from allauth.account.adapter import get_adapter
from allauth.core import context as allauth_context
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.utils import timezone

from accounts.tests.factories import PASSWORD
from accounts.tests.helpers import assert_speaks_as_the_platform, confirmation_path, sign_up

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Nieuw-en-lang-2026"


def log_in(client, user, password=PASSWORD):
    """Through the form, so the session counts as freshly authenticated."""
    response = client.post("/account/login/", {"login": user.email, "password": password})
    assert response.status_code == 302


def link_in(message, path_start):
    match = re.search(rf"https?://[^/\s]+({re.escape(path_start)}\S*)", message.body)
    assert match, message.body
    return match.group(1)


def test_the_sign_up_mail(client, password):
    sign_up(client, "nieuw@example.nl", password)

    [message] = mail.outbox
    assert_speaks_as_the_platform(message)
    assert confirmation_path(message)


def test_signing_up_with_a_taken_address_mails_its_owner(client, visitor, password):
    response = sign_up(client, visitor.email, password)

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [visitor.email]
    assert_speaks_as_the_platform(message)
    assert link_in(message, "/account/password/reset/")


def test_the_password_reset_mails(client, visitor):
    client.post("/account/password/reset/", {"email": visitor.email})
    [reset] = mail.outbox
    form_url = client.get(link_in(reset, "/account/password/reset/key/")).url

    client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    [_reset, done] = mail.outbox
    assert_speaks_as_the_platform(reset)
    assert_speaks_as_the_platform(done)
    assert done.to == [visitor.email]


def test_an_unknown_address_is_told_it_has_no_account(client):
    client.post("/account/password/reset/", {"email": "onbekend@example.nl"})

    [message] = mail.outbox
    assert_speaks_as_the_platform(message)
    assert link_in(message, "/account/signup/")


def test_a_changed_password_is_confirmed_by_mail(client, visitor):
    log_in(client, visitor)

    response = client.post("/account/password/change/", {
        "oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
    })

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [visitor.email]
    assert_speaks_as_the_platform(message)


def test_the_mails_of_changing_the_address(client, visitor):
    old_address = visitor.email
    log_in(client, visitor)

    client.post("/account/email/", {"email": "sam@werk.nl", "action_add": ""})
    [confirm] = mail.outbox
    client.post(confirmation_path(confirm))
    client.post("/account/email/", {"email": "sam@werk.nl", "action_primary": ""})
    client.post("/account/email/", {"email": old_address, "action_remove": ""})

    [_confirm, changed, removed] = mail.outbox
    assert confirm.to == ["sam@werk.nl"]
    assert changed.to == [old_address]
    assert removed.to == ["sam@werk.nl"]
    for message in mail.outbox:
        assert_speaks_as_the_platform(message)


def test_the_mails_of_tweestapsverificatie(client, professional,
                                           django_capture_on_commit_callbacks):
    log_in(client, professional)
    # Changing the second factor asks for the password once more.
    client.post("/account/reauthenticate/", {"password": PASSWORD})
    secret = client.get("/account/2fa/totp/activate/").context["form"].secret
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/account/2fa/totp/activate/", {"code": code})
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/account/2fa/recovery-codes/generate/")
    client.post("/account/2fa/totp/deactivate/")

    [activated, codes, deactivated] = mail.outbox
    assert "staat aan" in activated.subject
    assert "herstelcodes" in codes.subject
    assert "staat uit" in deactivated.subject
    for message in mail.outbox:
        assert message.to == [professional.email]
        assert_speaks_as_the_platform(message)


ALLAUTH_TEMPLATES = Path(allauth.__file__).parent / "templates"
MAIL_TEMPLATES = sorted(
    str(path.relative_to(ALLAUTH_TEMPLATES)).removesuffix("_subject.txt")
    for app in ("account", "mfa")
    for path in (ALLAUTH_TEMPLATES / app / "email").glob("*_subject.txt")
)


@pytest.mark.parametrize("template", MAIL_TEMPLATES)
def test_every_allauth_mail_speaks_as_the_platform(rf, visitor, template):
    """Also the mails of features switched off today (login by code, security keys)."""
    request = rf.get("/")
    request.user = visitor
    request.session = SessionStore()
    with allauth_context.request_context(request):
        get_adapter(request).send_mail(template, visitor.email, {
            "user": visitor, "code": "K7M2QX", "email": visitor.email,
            "activate_url": "https://testserver/account/confirm-email/abc/",
            "password_reset_url": "https://testserver/account/password/reset/key/abc/",
            "signup_url": "https://testserver/account/signup/",
            "from_email": visitor.email, "to_email": "sam@werk.nl",
            "deleted_email": "oud@werk.nl", "ip": "192.0.2.7", "user_agent": "Firefox",
            "timestamp": timezone.now(),
        })

    [message] = mail.outbox
    assert_speaks_as_the_platform(message)
    assert "{" not in message.body
