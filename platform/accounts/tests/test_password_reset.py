"""Password reset: a mail with a link, a new password, and no way to probe
which addresses have an account."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_reset_by_mailed_link(client, visitor):
    page = client.get("/account/password/reset/").content.decode()
    assert "Wachtwoord vergeten" in page

    response = client.post("/account/password/reset/", {"email": visitor.email})

    assert response.status_code == 302
    link = re.search(r"http://testserver(/account/password/reset/key/\S+)", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    form_url = client.get(link.group(1)).url  # allauth moves the key into the session
    new_password = "Nieuw-en-lang-2026"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    visitor.refresh_from_db()
    assert visitor.check_password(new_password)


def test_an_unknown_address_gets_the_same_answer(client):
    response = client.post("/account/password/reset/", {"email": "onbekend@example.nl"})

    assert response.status_code == 302
    assert response.url == "/account/password/reset/done/"


def test_reset_requests_are_rate_limited(client, visitor):
    statuses = [
        client.post("/account/password/reset/", {"email": visitor.email}).status_code
        for _attempt in range(8)
    ]

    assert statuses[0] == 302
    assert 429 in statuses
