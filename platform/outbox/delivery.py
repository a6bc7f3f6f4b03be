"""Sending the outbox: one job per batch of mails, retried until sent.

`queue()` stores messages in the caller's transaction and, after commit,
hands them to the `send_mails` job (an RQ worker with REDIS_URL, at once on
the embedded default). The job claims each mail before sending, so a mail
is sent by one job at a time, and records the outcome per mail: a refused
recipient does not stop the others, a connection that is gone stops the
batch (the rest would wait for the same timeout). A failed mail waits
longer after each attempt (1, 2, 4 ... 60 minutes) and is given up, logged,
after MAX_ATTEMPTS. The scheduler's `outbox_retry` runs every minute and
enqueues whatever is due: retries, and mails whose job was lost with Redis.

A worker that dies between sending and recording may send a mail twice
after CLAIM; no mail is lost.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .messages import from_data, to_data
from .models import OutgoingMail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
CLAIM = timedelta(minutes=5)
BATCH = 50
KEEP_SENT = timedelta(days=30)
PRUNE_EVERY = timedelta(hours=6)


def queue(messages):
    """Store `messages` (EmailMessages) and send them after commit; the
    number stored. A rolled-back transaction stores and sends nothing."""
    rows = OutgoingMail.objects.bulk_create([
        OutgoingMail(message=to_data(m), recipients=", ".join(m.recipients()),
                     subject=m.subject[:300]) for m in messages])
    ids = [row.pk for row in rows]
    if ids:
        transaction.on_commit(lambda: enqueue(ids))
    return len(ids)


def enqueue(ids):
    """Hand mails to jobs. Reaching the job queue may fail (Redis down): the
    mails are stored, and `retry_due` hands them over again."""
    for start in range(0, len(ids), BATCH):
        try:
            send_mails.enqueue(ids[start:start + BATCH])
        except Exception:
            logger.exception("Could not enqueue %d mail(s); the retry sweep will", len(ids))
            return


@task()
def send_mails(ids):
    """Send the outbox rows `ids` that are due and not taken by another job."""
    now = timezone.now()
    claimed = []
    for mail_id in ids:
        # A conditional update is the lock: only one job wins each mail.
        if OutgoingMail.objects.filter(
                pk=mail_id, sent_at=None, gave_up_at=None, next_attempt_at__lte=now,
        ).update(next_attempt_at=now + CLAIM):
            claimed.append(mail_id)
    if not claimed:
        return 0
    mails = list(OutgoingMail.objects.filter(pk__in=claimed).order_by("pk"))
    outcomes = _send_each([from_data(mail.message) for mail in mails])
    for mail, error in zip(mails, outcomes, strict=True):
        _record(mail, error)
    return sum(error is None for error in outcomes)


def _send_each(messages):
    """Per message: None when sent, else the exception. One connection."""
    outcomes = [ConnectionError("not tried")] * len(messages)
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        connection.open()
    except Exception as exc:  # noqa: BLE001 - any failure here delays only mail
        return [exc] * len(messages)
    try:
        for index, message in enumerate(messages):
            try:
                connection.send_messages([message])
                outcomes[index] = None
            except Exception as exc:  # noqa: BLE001
                outcomes[index] = exc
                if not _refused_this_mail_only(exc):
                    outcomes[index + 1:] = [exc] * (len(messages) - index - 1)
                    break
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - the mails went out; a failed QUIT is no news
            logger.warning("Closing the mail connection failed", exc_info=True)
    return outcomes


def _refused_this_mail_only(exc):
    """The server answered about this mail; the connection can take the next."""
    return isinstance(exc, (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                            smtplib.SMTPDataError))


def _reason(exc):
    """The exception's class and code, without server text that may quote addresses."""
    detail = getattr(exc, "smtp_code", None) or getattr(exc, "strerror", None)
    return f"{type(exc).__name__} ({detail})" if detail else type(exc).__name__


def _record(mail, error):
    now = timezone.now()
    if error is None:
        OutgoingMail.objects.filter(pk=mail.pk).update(
            sent_at=now, attempts=mail.attempts + 1, last_error="")
        return
    attempts = mail.attempts + 1
    values = {"attempts": attempts, "last_error": _reason(error)[:200],
              "next_attempt_at": now + retry_delay(attempts)}
    if attempts >= MAX_ATTEMPTS:
        values["gave_up_at"] = now
        logger.error("Mail given up after %d attempts: %r to %d recipient(s): %s",
                     attempts, mail.subject, len(mail.recipients.split(", ")), _reason(error))
    else:
        logger.error("Mail not sent (attempt %d, tried again later): %r to %d recipient(s): %s",
                     attempts, mail.subject, len(mail.recipients.split(", ")), _reason(error))
    OutgoingMail.objects.filter(pk=mail.pk).update(**values)


def retry_delay(attempts):
    return timedelta(minutes=min(2 ** (attempts - 1), 60))


def retry_due(now=None):
    """Enqueue every mail that is due (a scheduler job, every minute)."""
    now = now or timezone.now()
    ids = list(OutgoingMail.objects.filter(
        sent_at=None, gave_up_at=None, next_attempt_at__lte=now,
    ).order_by("pk").values_list("pk", flat=True)[:1000])
    enqueue(ids)
    return len(ids)


def prune(now=None):
    """Sent mails hold names and messages: keep them a month, for questions."""
    now = now or timezone.now()
    return OutgoingMail.objects.filter(sent_at__lt=now - KEEP_SENT).delete()[0]


def erase_person(user):
    """An erased account's mail that has not gone out yet does not go out."""
    OutgoingMail.objects.filter(sent_at=None, recipients__icontains=user.email).delete()


class OutboxEmailBackend(BaseEmailBackend):
    """settings.EMAIL_BACKEND: allauth's and Wagtail's mails go through the
    outbox too. Our own mails call `queue` directly (core.mail)."""

    def send_messages(self, email_messages):
        return queue(list(email_messages))
