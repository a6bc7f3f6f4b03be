"""Dutch mails from the platform, rendered from templates, stored in the
outbox inside the caller's transaction and sent by a background job after
it commits. Every pillar sends its mail through here."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from outbox.delivery import queue


def absolute_url(name, *args, **kwargs):
    """Mails leave the site, so their links carry the site's address."""
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args, kwargs=kwargs or None)


def absolute_path(path):
    """A path on this site (such as get_absolute_url()) as a full address."""
    return settings.SITE_URL.rstrip("/") + path


def render_mail(template, context):
    """(subject, body) from `<template>_subject.txt` and `<template>.txt`."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    subject = render_to_string(f"{template}_subject.txt", context)
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
    body = render_to_string(f"{template}.txt", context)
    return subject, body


def message(subject, body, address, attachments=(), reply_to=(), headers=None):
    """One mail from the site to one address; `attachments` are (filename,
    content, mimetype) triples, `headers` extra mail headers."""
    mail = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address],
                        reply_to=reply_to, headers=headers)
    for attachment in attachments:
        mail.attach(*attachment)
    return mail


def mail_on_commit(template, recipients, context, attachments=(), reply_to=()):
    """Render now, send after commit: a rolled-back write sends nothing, and
    a mail server that is down delays the mail instead of losing it.

    One mail per recipient, so no one sees who else received it.
    `attachments` are (filename, content, mimetype) triples; answers go to
    the `reply_to` addresses, if any.
    """
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    subject, body = render_mail(template, context)
    queue([message(subject, body, address, attachments, reply_to) for address in recipients])
