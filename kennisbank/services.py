"""Writes of the kennisbank: storing a visitor's suggestion and telling the redactie."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

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
        message = _redactie_mail(suggestion)
        transaction.on_commit(message.send)
    return suggestion


def _redactie_mail(suggestion):
    context = {
        "suggestion": suggestion,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "inbox_url": settings.SITE_URL.rstrip("/") + reverse("suggesties:index"),
    }
    subject = render_to_string("kennisbank/email/suggestion_new_subject.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=render_to_string("kennisbank/email/suggestion_new.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[redactie_address()],
        # Replying reaches the suggester directly, if they left an address.
        reply_to=[suggestion.contact_email] if suggestion.contact_email else None,
    )

