"""Dutch mails about a person's account, sent once the transaction commits."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse


def absolute_url(name, *args):
    """Mails leave the site, so their links carry the site's address."""
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def render_mail(template, context):
    """(subject, body) from accounts/email/<template>_subject.txt and .txt."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    subject = render_to_string(f"accounts/email/{template}_subject.txt", context)
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
    body = render_to_string(f"accounts/email/{template}.txt", context)
    return subject, body


def mail_on_commit(template, recipients, context):
    """Render now, send after commit: a rolled-back write sends nothing.

    One mail per recipient, so no one sees who else received it.
    """
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    subject, body = render_mail(template, context)

    def send():
        for address in recipients:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])

    transaction.on_commit(send)
