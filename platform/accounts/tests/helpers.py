"""Small helpers shared by the accounts tests."""

import re

from django.core import mail


def sign_up(client, email, password, first_name="Sam", last_name="de Vries"):
    return client.post("/account/signup/", {
        "first_name": first_name, "last_name": last_name,
        "email": email, "password1": password, "password2": password,
    })


def confirmation_path(message=None):
    """The path of the confirmation link in a mail (the last one by default)."""
    message = message or mail.outbox[-1]
    match = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


# "je", "jij" and "jouw" as whole words: the platform says "u".
INFORMAL_YOU = re.compile(r"\b(je|jij|jouw)\b", re.IGNORECASE)
# Words that only turn up when allauth's or Wagtail's English slipped through.
ENGLISH = re.compile(r"\b(you|your|please|hello|the|unspecified)\b", re.IGNORECASE)


def mail_text(message):
    """Subject, plain body and any HTML alternative of one mail."""
    parts = [message.subject, message.body]
    parts += [content for content, _mimetype in getattr(message, "alternatives", [])]
    return "\n".join(parts)


def assert_speaks_as_the_platform(message):
    """A mail in the platform's own voice: its name, "u", no example.com,
    no "alstublieft", and the subject prefix of every other mail."""
    from django.conf import settings

    text = mail_text(message)
    assert "example.com" not in text, text
    assert not INFORMAL_YOU.search(text), text
    assert "alstublieft" not in text.lower(), text
    assert not ENGLISH.search(text), text
    assert settings.WAGTAIL_SITE_NAME in message.body, text
    assert message.subject.startswith(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX), message.subject


def page_text(response):
    """What a reader sees (and hears): the text without scripts or styles."""
    from bs4 import BeautifulSoup

    assert response.status_code == 200, response
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())
