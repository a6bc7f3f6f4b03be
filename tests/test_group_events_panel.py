"""A group's page with the agenda's events panel (the agenda registers it
through groups.panels): members see the group's coming events, and the page's
queries do not grow with its posts, members and events. Here, not in a
pillar's tests, because it needs both the community and the agenda."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from agenda.tests.factories import EventFactory
from community.models import JoinRequest
from community.tests.factories import add_group_post
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def events_panel_text(soup):
    heading = soup.find(id="bijeenkomsten")
    return heading.find_parent("section").get_text(" ") if heading else ""


def test_members_see_the_groups_coming_events(client):
    group = CommunityGroupFactory(visibility="closed", join_policy="request")
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    EventFactory(title="Wijkbijeenkomst Palenstein", access_group=group, visibility="group")
    EventFactory(title="Al geweest", access_group=group, visibility="group",
                 start=timezone.now() - datetime.timedelta(days=3))
    client.force_login(member)

    soup = parse(client.get(reverse("group_detail", args=[group.slug])))
    assert "Wijkbijeenkomst Palenstein" in events_panel_text(soup)
    assert "Al geweest" not in events_panel_text(soup)


def test_group_page_queries_do_not_grow(client):
    group = CommunityGroupFactory(visibility="closed", join_policy="request")
    owner = ProfessionalFactory()
    MembershipFactory(group=group, user=owner, role="owner")
    outsider = ProfessionalFactory()
    open_group = CommunityGroupFactory()

    posts = {group: [], open_group: []}

    def add(n):
        for index in range(n):
            for target in (group, open_group):
                post = add_group_post(target, f"Bericht {index}", visibility="professionals")
                post.comments.create(author=owner, body="Goed idee")
                MembershipFactory(group=target, user=ProfessionalFactory())
                EventFactory(access_group=target)
                posts[target].append(post.get_absolute_url())
            JoinRequest.objects.create(group=group, user=ProfessionalFactory())

    def queries(user, target):  # its 12 posts fit on one page: all are listed
        client.force_login(user)
        return page_queries(client, reverse("group_detail", args=[target.slug]), posts[target])

    add(2)
    few = queries(owner, group), queries(outsider, open_group)
    add(10)
    # One reads the live feed's position (realtime's {% live_stream %}), one the
    # header's notification count.
    assert (queries(owner, group), queries(outsider, open_group)) == few == (24, 23)
