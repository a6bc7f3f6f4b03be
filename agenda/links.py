"""Signed links in the agenda's mails: confirm a guest's registration, cancel
one without an account, and the personal calendar feed.

The link carries the registration's id, signed with the site's secret and
a purpose of its own, so a cancel link cannot confirm and nobody can guess
another person's link.
"""

from django.core import signing

from core.mail import absolute_url

CONFIRM_MAX_AGE = 7 * 24 * 3600  # a week to confirm a guest registration


def _signer(purpose):
    return signing.TimestampSigner(salt=f"agenda.registration.{purpose}")


def make_token(registration, purpose):
    return _signer(purpose).sign(str(registration.pk))


def read_token(token, purpose, max_age=None):
    """The registration id in `token`, or None when it is forged or too old."""
    try:
        return int(_signer(purpose).unsign(token, max_age=max_age))
    except (signing.BadSignature, ValueError):
        return None


def confirm_url(registration):
    return absolute_url("registration_confirm", token=make_token(registration, "confirm"))


def cancel_url(registration):
    return absolute_url("registration_cancel", token=make_token(registration, "cancel"))
