"""The screens of tweestapsverificatie use that one word for it, say "u" and
never "alstublieft": every page a person meets while setting it up, using it
and switching it off, read as text."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.test import Client

from accounts import roles
from accounts.tests.factories import PASSWORD, UserFactory, enable_totp
from accounts.tests.helpers import ENGLISH, INFORMAL_YOU, page_text

pytestmark = pytest.mark.django_db

OTHER_NAMES = re.compile(
    r"twee[\s-]*factor|two[\s-]*factor|\b2fa\b|\bmfa\b|in twee stappen|twee[\s-]+staps"
    r"|tweestaps(?!verificatie)|multi[\s-]*factor",
    re.IGNORECASE,
)


def current_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def log_in(client, user):
    return client.post("/account/login/", {"login": user.email, "password": PASSWORD})


def screens_of_setting_up_and_switching_off(client, user):
    """(name, text) of each screen, in the order a person meets them."""
    log_in(client, user)
    yield "overzicht zonder app", page_text(client.get("/account/2fa/"))
    yield "wachtwoord opnieuw", page_text(client.get("/account/2fa/totp/activate/", follow=True))
    client.post("/account/reauthenticate/", {"password": PASSWORD})
    response = client.get("/account/2fa/totp/activate/")
    secret = response.context["form"].secret
    yield "app instellen", page_text(response)
    yield "foute code", page_text(client.post("/account/2fa/totp/activate/", {"code": "000000"}))
    yield "app ingesteld", page_text(client.post(
        "/account/2fa/totp/activate/", {"code": current_code(secret)}, follow=True))
    yield "overzicht met app", page_text(client.get("/account/2fa/"))
    yield "herstelcodes", page_text(client.get("/account/2fa/recovery-codes/"))
    yield "nieuwe herstelcodes", page_text(client.get("/account/2fa/recovery-codes/generate/"))
    yield "nieuwe herstelcodes gemaakt", page_text(
        client.post("/account/2fa/recovery-codes/generate/", follow=True))
    yield "mijn account", page_text(client.get("/account/"))
    yield "app uitzetten", page_text(client.get("/account/2fa/totp/deactivate/"))
    yield "app uitgezet", page_text(client.post("/account/2fa/totp/deactivate/", follow=True))


def screens_of_logging_in(client, user):
    secret = decrypt(enable_totp(user).data["secret"])
    log_in(client, user)
    yield "code bij inloggen", page_text(client.get("/account/2fa/authenticate/"))
    yield "foute code bij inloggen", page_text(
        client.post("/account/2fa/authenticate/", {"code": "000000"}))
    client.post("/account/2fa/authenticate/", {"code": current_code(secret)})
    yield "code opnieuw", page_text(client.get("/account/2fa/reauthenticate/"))


def screens_of_a_role_that_needs_it(client, user):
    client.force_login(user)
    yield "verplicht voor uw rol", page_text(client.get("/cms/", follow=True))


@pytest.fixture
def screens(professional, user_with_role):
    return [
        *screens_of_setting_up_and_switching_off(Client(), professional),
        *screens_of_logging_in(Client(), UserFactory(roles=[roles.PROFESSIONAL])),
        *screens_of_a_role_that_needs_it(Client(), user_with_role(roles.REDACTEUR)),
    ]


def test_every_screen_calls_it_tweestapsverificatie(screens):
    for name, text in screens:
        assert not OTHER_NAMES.search(text), (name, OTHER_NAMES.search(text), text)
    named = {name for name, text in screens if "Tweestapsverificatie" in text}
    assert {"overzicht zonder app", "app instellen", "code bij inloggen"} <= named


def test_every_screen_says_u_in_dutch(screens):
    for name, text in screens:
        assert not INFORMAL_YOU.search(text), (name, INFORMAL_YOU.search(text), text)
        assert "alstublieft" not in text.lower(), (name, text)
        assert not ENGLISH.search(text), (name, ENGLISH.search(text), text)
