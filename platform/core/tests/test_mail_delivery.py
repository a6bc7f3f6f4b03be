"""A mail server that fails costs a mail, never the request.

Mail leaves on commit, inside the request (background jobs come later). The
SMTP backend here is the real one, pointed at a port where nothing listens:
before core.mail_delivery, such a failure answered 500 after the data was
saved.
"""

import contextlib
import logging
import smtplib
import socket
import threading

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import ProfessionalFactory
from accounts.tests.helpers import sign_up
from agenda import mail as agenda_mail
from agenda.models import Registration
from agenda.tests.factories import EventFactory
from community.models import Comment, Follow, Post
from config.settings import base

SMTP = "django.core.mail.backends.smtp.EmailBackend"
LOGGER = "core.mail_delivery"


@pytest.fixture
def dead_mail_server(settings):
    """The backend every environment uses (pytest-django swaps in locmem),
    delivering as EMAIL_URL=smtp://127.0.0.1:1 would: nothing listens there."""
    settings.EMAIL_BACKEND = base.EMAIL_BACKEND
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1


def mail_errors(caplog):
    return [r.getMessage() for r in caplog.records
            if r.name == LOGGER and r.levelno == logging.ERROR]


# Through the views: commits are real, so mail goes out inside the request.
in_real_transactions = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@in_real_transactions
def test_signup_succeeds_and_logs_the_unsent_verification_mail(client, dead_mail_server, caplog):
    response = sign_up(client, "nieuw@example.nl", "een-lang-wachtwoord-2026")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email="nieuw@example.nl").exists()
    (error,) = mail_errors(caplog)
    assert "1 recipient" in error
    assert "nieuw@example.nl" not in error


@in_real_transactions
def test_event_registration_is_kept_when_its_mail_fails(client, dead_mail_server, caplog):
    event = EventFactory()

    response = client.post(event.get_absolute_url(), {
        "name": "Fatima el Amrani", "email": "fatima@example.nl"})

    assert response.status_code == 302
    assert Registration.objects.get(event=event).email == "fatima@example.nl"
    assert len(mail_errors(caplog)) == 1


@in_real_transactions
def test_a_reaction_is_kept_when_mailing_the_followers_fails(client, dead_mail_server, caplog):
    writer, follower, second = ProfessionalFactory.create_batch(3)
    post = Post.objects.create(section="praat_mee", title="Overstap", body="b",
                               visibility="professionals", owner=follower)
    Follow.objects.create(post=post, user=follower)
    Follow.objects.create(post=post, user=second)
    client.force_login(writer)

    response = client.post(post.get_absolute_url(), {"body": "Ik heb een idee."})

    assert response.status_code == 302
    assert Comment.objects.get(post=post).author == writer
    errors = mail_errors(caplog)
    assert len(errors) == 2
    assert all(post.title in error and "Ik heb een idee" not in error for error in errors)


# The backend itself


class SilentServer:
    """Accepts connections, counts them and never says a word."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        with contextlib.suppress(OSError):
            while True:
                self.connections.append(self.listener.accept()[0])

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def silent_server(settings):
    server = SilentServer()
    settings.EMAIL_BACKEND = base.EMAIL_BACKEND
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_TIMEOUT = 0.2
    yield server
    server.close()


def in_a_thread(function):
    """Run `function`, giving up after 30 s: a hanging send fails the test instead of the run."""
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=function()))
    thread.start()
    thread.join(timeout=30)
    return result.get("value", "still running")


def test_a_server_that_never_answers_is_given_up_on(silent_server, caplog):
    sent = in_a_thread(lambda: mail.send_mail("Onderwerp", "Tekst", None, ["a@example.nl"]))

    assert sent == 0
    (error,) = mail_errors(caplog)
    assert "Onderwerp" in error


@pytest.mark.django_db
def test_a_mail_to_many_waits_for_a_dead_server_once(silent_server, caplog):
    event = EventFactory()
    recipients = ["a@example.nl", "b@example.nl", "c@example.nl"]

    # Outside the test's transaction (another thread), on_commit sends at once.
    in_a_thread(lambda: agenda_mail.organiser_message(event, recipients, "Zaal", "Andere zaal."))

    assert len(silent_server.connections) == 1
    assert len(mail_errors(caplog)) == 3


def test_every_environment_has_a_mail_timeout():
    assert base.EMAIL_TIMEOUT > 0


def test_a_refused_recipient_does_not_stop_the_others(settings, caplog, monkeypatch):
    """The server answered for one message: the next one is still sent."""
    settings.EMAIL_BACKEND = base.EMAIL_BACKEND
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core.mail.backends import locmem

    real_send = locmem.EmailBackend.send_messages

    def refuse_first(self, messages):
        if messages[0].to == ["weg@example.nl"]:
            raise smtplib.SMTPRecipientsRefused({"weg@example.nl": (550, b"no such user")})
        return real_send(self, messages)

    monkeypatch.setattr(locmem.EmailBackend, "send_messages", refuse_first)
    messages = [mail.EmailMessage("Welkom", "Tekst", None, [to])
                for to in ("weg@example.nl", "er@example.nl")]

    sent = mail.get_connection().send_messages(messages)

    assert sent == 1
    assert [m.to for m in mail.outbox] == [["er@example.nl"]]
    (error,) = mail_errors(caplog)
    assert "Welkom" in error and "SMTPRecipientsRefused" in error
    assert "weg@example.nl" not in error
