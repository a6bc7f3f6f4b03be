"""core.mail: every platform mail has the subject prefix, leaves after the
commit, one per recipient, and may name where answers go."""

import pytest
from django.core import mail
from django.db import transaction

from core.mail import mail_on_commit

pytestmark = pytest.mark.django_db

# A platform mail that needs no context: the goodbye after deleting an account.
TEMPLATE = "accounts/email/account_deleted"


def test_answers_go_to_the_reply_to_address(settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mail_on_commit(TEMPLATE, ["a@example.nl", "b@example.nl"], {},
                       reply_to=["noor@example.nl"])

    assert [(m.to, m.reply_to) for m in mail.outbox] == [
        (["a@example.nl"], ["noor@example.nl"]), (["b@example.nl"], ["noor@example.nl"])]
    assert mail.outbox[0].subject.startswith(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX)


def test_without_reply_to_answers_go_to_the_sender(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mail_on_commit(TEMPLATE, ["a@example.nl"], {})

    assert mail.outbox[0].reply_to == []


def test_a_rolled_back_write_sends_nothing(django_capture_on_commit_callbacks):
    with (django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError),
          transaction.atomic()):
        mail_on_commit(TEMPLATE, ["a@example.nl"], {})
        raise RuntimeError("the write failed")

    assert mail.outbox == []
