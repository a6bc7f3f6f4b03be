"""The scheduler's publishing job is Wagtail's scheduled publishing."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from scheduler.publishing import publish_scheduled

pytestmark = pytest.mark.django_db


def scheduled_page(go_live_at):
    page = Page.get_first_root_node().add_child(
        instance=Page(title="Zomerprogramma", slug="zomerprogramma", live=False))
    page.save_revision(approved_go_live_at=go_live_at)
    return page


def test_a_page_whose_time_has_come_goes_live():
    page = scheduled_page(timezone.now() - timedelta(minutes=1))

    publish_scheduled()

    page.refresh_from_db()
    assert page.live


def test_a_page_scheduled_later_waits():
    page = scheduled_page(timezone.now() + timedelta(hours=1))

    publish_scheduled()

    page.refresh_from_db()
    assert not page.live
