"""Daily and weekly digests hold the right items: the reader's own, in
their rhythm, unread and still visible; once per day or week."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from access.visibility import NOBODY_TOKEN, PROFESSIONALS_TOKEN
from accounts.tests.factories import ProfessionalFactory
from notifications import digests, services
from notifications.models import Kind, Notification, Preference, Rhythm
from realtime import events

pytestmark = pytest.mark.django_db

# A Monday, after the digest hour (local time).
MONDAY_MORNING = timezone.make_aware(datetime(2026, 12, 7, 7, 30))


def tell(user, text, subject="post-1"):
    (made,) = services.notify([user], Kind.REACTION, text=text, url="/x/",
                              token=PROFESSIONALS_TOKEN, subject=subject)
    Notification.objects.filter(pk=made.pk).update(
        created_at=MONDAY_MORNING - timedelta(hours=3))
    return made


def test_a_daily_digest_holds_the_readers_unread_visible_items(
        django_capture_on_commit_callbacks):
    reader, other = ProfessionalFactory(), ProfessionalFactory()
    for user in (reader, other):
        Preference.objects.create(user=user, mail=Rhythm.DAILY)
    tell(reader, "Eerste reactie")
    read = tell(reader, "Al gelezen")
    tell(reader, "Over een verborgen bericht", subject="post-9")
    tell(other, "Voor een ander")
    services.mark_read(reader, read)
    events.retoken({"post-9": NOBODY_TOKEN})
    assert mail.outbox == []  # daily: nothing mailed at once

    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=MONDAY_MORNING) == 2

    mine = next(m for m in mail.outbox if m.to == [reader.email])
    assert "Eerste reactie" in mine.body
    assert "Al gelezen" not in mine.body and "verborgen" not in mine.body
    assert "Voor een ander" not in mine.body
    assert mine.extra_headers["List-Unsubscribe"]
    # Everything pending is done, the skipped ones too: a second run sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=MONDAY_MORNING + timedelta(hours=1)) == 0
    assert len(mail.outbox) == 2


def test_a_daily_digest_covers_what_came_before_seven_once(django_capture_on_commit_callbacks):
    reader = ProfessionalFactory()
    Preference.objects.create(user=reader, mail=Rhythm.DAILY)
    tell(reader, "Gisteravond")  # made at 04:30 on Monday
    assert digests.send_due(now=MONDAY_MORNING.replace(hour=6)) == 0  # before seven

    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=MONDAY_MORNING) == 1
        # Something at noon waits for Tuesday's digest, however often the job runs.
        noon = tell(reader, "Rond het middaguur")
        Notification.objects.filter(pk=noon.pk).update(
            created_at=MONDAY_MORNING + timedelta(hours=5))
        assert digests.send_due(now=MONDAY_MORNING + timedelta(hours=5, minutes=10)) == 0
        assert digests.send_due(now=MONDAY_MORNING + timedelta(hours=16)) == 0
        assert digests.send_due(now=MONDAY_MORNING + timedelta(days=1)) == 1
    assert [("Gisteravond" in m.body, "middaguur" in m.body) for m in mail.outbox] == [
        (True, False), (False, True)]


def test_a_reader_with_nothing_at_seven_gets_nothing_until_the_next_morning():
    reader = ProfessionalFactory()
    Preference.objects.create(user=reader, mail=Rhythm.DAILY)
    assert digests.send_due(now=MONDAY_MORNING) == 0
    later = tell(reader, "Na zevenen")
    Notification.objects.filter(pk=later.pk).update(created_at=MONDAY_MORNING + timedelta(hours=5))

    assert digests.send_due(now=MONDAY_MORNING + timedelta(hours=5, minutes=10)) == 0
    assert mail.outbox == []


def test_a_scheduler_that_was_down_at_seven_sends_later(django_capture_on_commit_callbacks):
    reader = ProfessionalFactory()
    Preference.objects.create(user=reader, mail=Rhythm.DAILY)
    tell(reader, "Vannacht")
    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=MONDAY_MORNING + timedelta(hours=3)) == 1


def test_weekly_digests_cover_the_week_up_to_monday_seven(django_capture_on_commit_callbacks):
    reader = ProfessionalFactory()
    Preference.objects.create(user=reader, mail=Rhythm.WEEKLY)
    tell(reader, "Deze week")
    sunday = MONDAY_MORNING - timedelta(days=1)
    assert digests.send_due(now=sunday) == 0  # the week before had nothing

    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=MONDAY_MORNING) == 1
        assert digests.send_due(now=MONDAY_MORNING + timedelta(days=3)) == 0
    (weekly,) = mail.outbox
    assert "afgelopen week" in weekly.subject and "Deze week" in weekly.body
