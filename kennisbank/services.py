"""Writes of the kennisbank: storing a visitor's suggestion and telling the redactie."""

from django.conf import settings
from django.db import transaction

from core.mail import absolute_url, mail_on_commit

from .models import Suggestion


def redactie_address():
    """Where suggestions go: REDACTIE_EMAIL, or the site's sender address."""
    return getattr(settings, "REDACTIE_EMAIL", "") or settings.DEFAULT_FROM_EMAIL


def submit_suggestion(*, offer, provider="", description="", contact_name="", contact_email=""):
    """Store a suggestion in the CMS inbox; mail the redactie once it is saved."""
    with transaction.atomic():
        suggestion = Suggestion.objects.create(
            offer=offer.strip(),
            provider=provider.strip(),
            description=description.strip(),
            contact_name=contact_name.strip(),
            contact_email=contact_email.strip(),
        )
        # Replying reaches the suggester directly, if they left an address.
        reply_to = [suggestion.contact_email] if suggestion.contact_email else []
        mail_on_commit("kennisbank/email/suggestion_new", [redactie_address()], {
            "suggestion": suggestion, "inbox_url": absolute_url("suggesties:index"),
        }, reply_to=reply_to)
    return suggestion
