"""allauth's account pages that our templates replace say "u", in Dutch:
confirming an address, a new password and the list of addresses."""

import re

import pytest
from django.core import mail

from accounts.tests.factories import PASSWORD
from accounts.tests.helpers import ENGLISH, INFORMAL_YOU, confirmation_path, page_text, sign_up

pytestmark = pytest.mark.django_db


def screens(client, visitor):
    """(name, text) of each page, in the order a person meets them."""
    sign_up(client, "nieuw@example.nl", PASSWORD)
    yield "bevestigen", page_text(client.get(confirmation_path()))
    yield "oude bevestigingslink", page_text(client.get("/account/confirm-email/oud/"))
    client.post("/account/password/reset/", {"email": visitor.email})
    yield "link verstuurd", page_text(client.get("/account/password/reset/done/"))
    link = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+)", mail.outbox[-1].body)
    yield "nieuw wachtwoord", page_text(client.get(link.group(1), follow=True))
    yield "oude wachtwoordlink", page_text(
        client.get("/account/password/reset/key/1-oud/", follow=True))
    client.post("/account/login/", {"login": visitor.email, "password": PASSWORD})
    yield "e-mailadressen", page_text(client.get("/account/email/"))
    yield "al ingelogd", page_text(client.get("/account/password/reset/done/"))


def test_the_account_pages_say_u_in_dutch(client, visitor):
    for name, text in screens(client, visitor):
        assert not INFORMAL_YOU.search(text), (name, text)
        assert not ENGLISH.search(text), (name, text)
        assert "a.u.b." not in text and "alstublieft" not in text.lower(), (name, text)
