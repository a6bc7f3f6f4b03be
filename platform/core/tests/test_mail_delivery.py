"""A mail server that fails costs a mail, never the request.

Mail leaves on commit, inside the request (background jobs come later). The
SMTP backend here is the real one, pointed at a port where nothing listens:
before core.mail_delivery, such a failure answered 500 after the data was
saved. The pillars' mails (a registration, a reaction, an organiser's
message) are tested in tests/test_mail_delivery_pillars.py.
"""

import smtplib

from django.core import mail
from django.urls import reverse

from accounts.models import User
from accounts.tests.helpers import sign_up
from config.settings import base

from .mail_servers import in_a_thread, in_real_transactions, mail_errors


@in_real_transactions
def test_signup_succeeds_and_logs_the_unsent_verification_mail(client, dead_mail_server, caplog):
    response = sign_up(client, "nieuw@example.nl", "een-lang-wachtwoord-2026")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email="nieuw@example.nl").exists()
    (error,) = mail_errors(caplog)
    assert "1 recipient" in error
    assert "nieuw@example.nl" not in error


# The backend itself


def test_a_server_that_never_answers_is_given_up_on(silent_server, caplog):
    sent = in_a_thread(lambda: mail.send_mail("Onderwerp", "Tekst", None, ["a@example.nl"]))

    assert sent == 0
    (error,) = mail_errors(caplog)
    assert "Onderwerp" in error


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
