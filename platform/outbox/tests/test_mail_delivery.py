"""A mail server that fails costs a delay, never the request or the mail.

Every mail is a row in the outbox first (written in the request's
transaction) and a job sends it after commit; a failed mail is tried again
later by the scheduler's `outbox_retry`. The SMTP backend here is the real
one, pointed at a port where nothing listens or at a server that never
answers. The pillars' mails (a registration, a reaction, an organiser's
message) are tested in tests/test_mail_delivery_pillars.py; jobs on real
RQ workers in test_rq_worker.py.
"""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.tests.helpers import sign_up
from config.settings import base
from core.mail import mail_on_commit
from outbox import delivery
from outbox.models import OutgoingMail

from .mail_servers import in_a_thread, in_real_transactions, mail_errors

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@in_real_transactions
def test_signup_succeeds_and_keeps_the_unsent_verification_mail(client, dead_mail_server, caplog):
    response = sign_up(client, "nieuw@example.nl", "een-lang-wachtwoord-2026")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email="nieuw@example.nl").exists()
    (error,) = mail_errors(caplog)
    assert "1 recipient" in error
    assert "nieuw@example.nl" not in error
    waiting = OutgoingMail.objects.get()
    assert waiting.sent_at is None and waiting.attempts == 1
    assert waiting.next_attempt_at > timezone.now()


@pytest.mark.django_db
def test_a_failed_mail_is_sent_by_the_retry_sweep_once_the_server_is_back(
        settings, monkeypatch, django_capture_on_commit_callbacks):
    from django.core.mail.backends import locmem

    real_send = locmem.EmailBackend.send_messages
    down = {"yes": True}

    def flaky(self, messages):
        if down["yes"]:
            raise smtplib.SMTPServerDisconnected("gone")
        return real_send(self, messages)

    monkeypatch.setattr(locmem.EmailBackend, "send_messages", flaky)
    with django_capture_on_commit_callbacks(execute=True):
        mail_on_commit("community/email/mentioned", ["a@example.nl"], {
            "post": None, "writer": "Fatima", "url": "http://x/"})
    row = OutgoingMail.objects.get()
    assert (row.sent_at, row.attempts, mail.outbox) == (None, 1, [])

    # Not due yet: the sweep leaves it.
    assert delivery.retry_due() == 0
    down["yes"] = False
    assert delivery.retry_due(now=row.next_attempt_at) == 1
    # The job only takes it when it is due by the clock too.
    OutgoingMail.objects.update(next_attempt_at=timezone.now())
    delivery.retry_due()

    row.refresh_from_db()
    assert row.sent_at is not None and row.attempts == 2
    assert [m.to for m in mail.outbox] == [["a@example.nl"]]
    # A second sweep sends nothing twice.
    delivery.retry_due(now=timezone.now() + timedelta(days=1))
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_retries_wait_longer_each_time_and_give_up_after_the_last(settings, monkeypatch, caplog):
    from django.core.mail.backends import locmem

    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr(locmem.EmailBackend, "send_messages", refuse)
    delivery.queue([mail.EmailMessage("Onderwerp", "Tekst", None, ["a@example.nl"])])
    row = OutgoingMail.objects.get()
    delays = []
    for _ in range(delivery.MAX_ATTEMPTS):
        before = timezone.now()
        OutgoingMail.objects.update(next_attempt_at=before)
        delivery.send_mails.call([row.pk])
        row.refresh_from_db()
        delays.append(row.next_attempt_at - before)

    assert row.attempts == delivery.MAX_ATTEMPTS and row.gave_up_at is not None
    assert delays[0] >= timedelta(minutes=1) and delays[5] >= timedelta(minutes=32)
    assert max(delays) < timedelta(minutes=61)
    assert "given up" in mail_errors(caplog)[-1]
    # Given up is final: the sweep no longer hands it out.
    assert delivery.retry_due(now=timezone.now() + timedelta(days=1)) == 0


@pytest.mark.django_db
def test_a_claimed_mail_is_not_sent_by_a_second_job(settings):
    delivery.queue([mail.EmailMessage("Eén keer", "Tekst", None, ["a@example.nl"])])
    row = OutgoingMail.objects.get()

    assert delivery.send_mails.call([row.pk]) == 1
    assert delivery.send_mails.call([row.pk]) == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_rolled_back_write_stores_and_sends_nothing(django_capture_on_commit_callbacks):
    from django.db import transaction

    with (django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError),
          transaction.atomic()):
            mail_on_commit("community/email/mentioned", ["a@example.nl"], {
                "post": None, "writer": "Fatima", "url": "http://x/"})
            raise RuntimeError("the write failed")

    assert not OutgoingMail.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_message_arrives_as_it_was_written():
    message = mail.EmailMultiAlternatives(
        "Aanmelding", "Tekst", "Site <noreply@example.nl>", ["a@example.nl"],
        reply_to=["org@example.nl"], headers={"List-Unsubscribe": "<https://x/afmelden/>"})
    message.attach("afspraak.ics", "BEGIN:VCALENDAR", "text/calendar")
    message.attach("logo.png", b"\x89PNG\x00", "image/png")
    message.attach_alternative("<p>Tekst</p>", "text/html")
    delivery.queue([message])
    delivery.send_mails.call(list(OutgoingMail.objects.values_list("pk", flat=True)))

    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.from_email, sent.to, sent.reply_to) == (
        "Aanmelding", "Tekst", "Site <noreply@example.nl>", ["a@example.nl"], ["org@example.nl"])
    assert sent.extra_headers["List-Unsubscribe"] == "<https://x/afmelden/>"
    assert [(a[0], a[1]) for a in sent.attachments] == [
        ("afspraak.ics", "BEGIN:VCALENDAR"), ("logo.png", b"\x89PNG\x00")]
    assert sent.alternatives[0][0] == "<p>Tekst</p>"


# The delivery itself


@in_real_transactions
def test_a_server_that_never_answers_is_given_up_on_for_now(silent_server, caplog):
    stored = in_a_thread(lambda: mail.send_mail("Onderwerp", "Tekst", None, ["a@example.nl"]))

    assert stored == 1
    (error,) = mail_errors(caplog)
    assert "Onderwerp" in error
    assert OutgoingMail.objects.get().sent_at is None


def test_every_environment_has_a_mail_timeout():
    assert base.EMAIL_TIMEOUT > 0


@pytest.mark.django_db
def test_a_refused_recipient_does_not_stop_the_others(settings, caplog, monkeypatch):
    """The server answered for one message: the next one is still sent."""
    settings.EMAIL_DELIVERY_BACKEND = LOCMEM
    from django.core.mail.backends import locmem

    real_send = locmem.EmailBackend.send_messages

    def refuse_first(self, messages):
        if messages[0].to == ["weg@example.nl"]:
            raise smtplib.SMTPRecipientsRefused({"weg@example.nl": (550, b"no such user")})
        return real_send(self, messages)

    monkeypatch.setattr(locmem.EmailBackend, "send_messages", refuse_first)
    delivery.queue([mail.EmailMessage("Welkom", "Tekst", None, [to])
                    for to in ("weg@example.nl", "er@example.nl")])

    sent = delivery.send_mails.call(list(OutgoingMail.objects.values_list("pk", flat=True)))

    assert sent == 1
    assert [m.to for m in mail.outbox] == [["er@example.nl"]]
    (error,) = mail_errors(caplog)
    assert "Welkom" in error and "SMTPRecipientsRefused" in error
    assert "weg@example.nl" not in error


@pytest.mark.django_db
def test_an_erased_account_gets_no_more_mail(django_user_model):
    from accounts.mydata import erase_for

    person = django_user_model.objects.create_user(email="weg@example.nl", password="x")
    delivery.queue([mail.EmailMessage("Straks", "Tekst", None, ["weg@example.nl"]),
                    mail.EmailMessage("Straks", "Tekst", None, ["blijft@example.nl"])])
    erase_for(person)

    assert list(OutgoingMail.objects.values_list("recipients", flat=True)) == ["blijft@example.nl"]


@pytest.mark.django_db
def test_erasing_matches_whole_addresses_only(django_user_model):
    from accounts.mydata import erase_for

    person = django_user_model.objects.create_user(email="jan@example.nl", password="x")
    delivery.queue([mail.EmailMessage("Straks", "Tekst", None, ["marjan@example.nl"])])
    erase_for(person)

    assert OutgoingMail.objects.count() == 1


@pytest.mark.django_db
def test_an_attempt_counts_when_it_is_claimed(settings):
    """A mail whose sending kills the worker is not retried for ever."""
    delivery.queue([mail.EmailMessage("Zwaar", "Tekst", None, ["a@example.nl"])])
    row = OutgoingMail.objects.get()

    claimed = delivery._claim(row.pk)

    assert claimed.attempts == 1 and claimed.next_attempt_at > timezone.now()
    assert delivery._claim(row.pk) is None  # taken: a second job leaves it
