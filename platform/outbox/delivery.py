"""Sending the outbox: one job per batch of mails, retried until sent.

`queue()` stores messages in the caller's transaction and, after commit,
hands them to the `send_mails` job (an RQ worker with REDIS_URL, at once on
the embedded default). The job claims each mail just before sending it
(counting the attempt), so a mail is sent by one job at a time, and records
the outcome per mail: a refused recipient does not stop the others, a
connection that is gone stops the batch (the rest would wait for the same
timeout). A failed mail waits
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
from django.db.models import F
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
    """Send the outbox rows `ids` that are due and not taken by another job;
    the number sent. One connection for the batch."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    sent, broken = 0, None
    try:
        for mail_id in ids:
            mail = _claim(mail_id)
            if mail is None:
                continue
            # A connection that is gone fails the rest of the batch at once
            # (they would wait for the same timeout); each is tried again later.
            error = broken or _send(connection, from_data(mail.message))
            if error is not None and not _refused_this_mail_only(error):
                broken = error
            _record(mail, error)
            sent += error is None
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - the mails went out; a failed QUIT is no news
            logger.warning("Closing the mail connection failed", exc_info=True)
    return sent


def _claim(mail_id):
    """Take one mail for CLAIM, counting the attempt now: a mail whose
    sending kills the worker is still given up after MAX_ATTEMPTS. A
    conditional update is the lock: one job wins each mail."""
    now = timezone.now()
    if not OutgoingMail.objects.filter(
            pk=mail_id, sent_at=None, gave_up_at=None, next_attempt_at__lte=now,
    ).update(next_attempt_at=now + CLAIM, attempts=F("attempts") + 1):
        return None
    return OutgoingMail.objects.get(pk=mail_id)


def _send(connection, message):
    """None when sent, else the exception."""
    try:
        connection.send_messages([message])
    except Exception as exc:  # noqa: BLE001 - any failure here delays only this mail
        return exc
    return None


def _refused_this_mail_only(exc):
    """The server answered about this mail; the connection can take the next."""
    return isinstance(exc, (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                            smtplib.SMTPDataError))


def _reason(exc):
    """The exception's class and code, without server text that may quote addresses."""
    detail = getattr(exc, "smtp_code", None) or getattr(exc, "strerror", None)
    return f"{type(exc).__name__} ({detail})" if detail else type(exc).__name__


def _record(mail, error):
    """After an attempt (already counted by the claim)."""
    now = timezone.now()
    if error is None:
        OutgoingMail.objects.filter(pk=mail.pk).update(sent_at=now, last_error="")
        return
    values = {"last_error": _reason(error)[:200],
              "next_attempt_at": now + retry_delay(mail.attempts)}
    count = len(mail.recipients.split(", "))
    if mail.attempts >= MAX_ATTEMPTS:
        values["gave_up_at"] = now
        logger.error("Mail given up after %d attempts: %r to %d recipient(s): %s",
                     mail.attempts, mail.subject, count, _reason(error))
    else:
        logger.error("Mail not sent (attempt %d, tried again later): %r to %d recipient(s): %s",
                     mail.attempts, mail.subject, count, _reason(error))
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
    """An erased account's mail that has not gone out yet does not go out
    (only mail to exactly its address: "jan@x.nl" is not "marjan@x.nl")."""
    address = (user.email or "").strip().lower()
    if not address:
        return
    unsent = OutgoingMail.objects.filter(sent_at=None, recipients__icontains=address)
    OutgoingMail.objects.filter(pk__in=[
        mail.pk for mail in unsent.only("pk", "recipients")
        if address in (r.strip().lower() for r in mail.recipients.split(","))]).delete()


class OutboxEmailBackend(BaseEmailBackend):
    """settings.EMAIL_BACKEND: allauth's and Wagtail's mails go through the
    outbox too. Our own mails call `queue` directly (core.mail)."""

    def send_messages(self, email_messages):
        return queue(list(email_messages))
