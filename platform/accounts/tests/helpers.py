"""Small helpers shared by the accounts tests."""

import re

from django.core import mail


def sign_up(client, email, password):
    return client.post("/account/signup/", {
        "email": email, "password1": password, "password2": password,
    })


def confirmation_path(message=None):
    """The path of the confirmation link in a mail (the last one by default)."""
    message = message or mail.outbox[-1]
    match = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+/)", message.body)
    assert match, message.body
    return match.group(1)
