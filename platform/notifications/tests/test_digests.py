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


def test_one_daily_digest_per_day_and_none_before_the_hour(django_capture_on_commit_callbacks):
    reader = ProfessionalFactory()
    Preference.objects.create(user=reader, mail=Rhythm.DAILY)
    tell(reader, "Vroeg")
    assert digests.send_due(now=MONDAY_MORNING.replace(hour=6)) == 0

    with django_capture_on_commit_callbacks(execute=True):
        digests.send_due(now=MONDAY_MORNING)
        later = tell(reader, "Later die dag")
        Notification.objects.filter(pk=later.pk).update(created_at=MONDAY_MORNING)
        assert digests.send_due(now=MONDAY_MORNING + timedelta(hours=5)) == 0
        assert digests.send_due(now=MONDAY_MORNING + timedelta(days=1)) == 1
    assert "Later die dag" in mail.outbox[-1].body


def test_weekly_digests_go_on_monday_only(django_capture_on_commit_callbacks):
    reader = ProfessionalFactory()
    Preference.objects.create(user=reader, mail=Rhythm.WEEKLY)
    tell(reader, "Deze week")
    assert digests.send_due(now=MONDAY_MORNING - timedelta(days=1)) == 0  # Sunday

    with django_capture_on_commit_callbacks(execute=True):
        assert digests.send_due(now=MONDAY_MORNING) == 1
    (weekly,) = mail.outbox
    assert "deze week" in weekly.subject and "Deze week" in weekly.body
