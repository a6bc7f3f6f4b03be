"""Live group feeds and threads: what members see arrive, and what nobody
else receives, over /ws/streams/ with the real services writing."""

import pytest
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from community.services import groups as group_services
from community.services import posts as post_services
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

PATH = "/ws/streams/"


@pytest.fixture
def closed_group():
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    owner = MembershipFactory(group=group, user=ProfessionalFactory(),
                              role=Membership.Role.OWNER).user
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    return group, owner, member


@pytest.fixture
def socket_of(websocket, session_cookie):
    """A socket signed in as `user` (a visitor without one). Make it before
    the async body: signing in is database work."""
    def make(user=None):
        return websocket(PATH, headers=[session_cookie(user)] if user else [])
    return make


async def open_stream(socket, stream, after=None):
    """Connect, subscribe and return the first answer ("subscribed" or "refused")."""
    await socket.connect()
    message = {"type": "subscribe", "stream": stream}
    if after is not None:
        message["after"] = after
    await socket.send_json_to(message)
    return await socket.receive_json_from(timeout=5)


def post_data(title="Verslag overleg"):
    return {"title": title, "body": "Wie komt er donderdag?", "visibility": "group"}


def test_a_member_sees_a_colleagues_new_post_arrive(closed_group, socket_of, committed, run):
    group, owner, member = closed_group
    socket = socket_of(member)

    async def body():
        assert (await open_stream(socket, f"group-{group.pk}"))["type"] == "subscribed"
        post = await committed(post_services.create_post, owner, "group", post_data(), group)
        event = await socket.receive_json_from(timeout=5)
        assert (event["type"], event["kind"], event["data"]) == (
            "event", "post.created", {"post": post.pk})
        await socket.disconnect()

    run(body)


@pytest.mark.parametrize("who", ["anonymous", "professional"])
def test_outsiders_cannot_follow_a_closed_groups_feed(closed_group, socket_of, run, who):
    group, _owner, _member = closed_group
    socket = socket_of(ProfessionalFactory() if who == "professional" else None)

    async def body():
        assert await open_stream(socket, f"group-{group.pk}") == {
            "type": "refused", "stream": f"group-{group.pk}"}
        await socket.disconnect()

    run(body)


def test_every_professional_may_follow_an_open_groups_feed_but_no_visitor(socket_of, run):
    group = CommunityGroupFactory()
    professional, visitor = socket_of(ProfessionalFactory()), socket_of()

    async def body():
        assert (await open_stream(professional, f"group-{group.pk}"))["type"] == "subscribed"
        assert (await open_stream(visitor, f"group-{group.pk}"))["type"] == "refused"

    run(body)


def test_a_removed_member_stops_receiving_at_once(closed_group, socket_of, committed, run):
    group, owner, member = closed_group
    membership = Membership.objects.get(group=group, user=member)
    socket = socket_of(member)

    async def body():
        await open_stream(socket, f"group-{group.pk}")
        await committed(group_services.remove_member, owner, membership)
        assert await socket.receive_json_from(timeout=5) == {
            "type": "revoked", "stream": f"group-{group.pk}"}
        await committed(post_services.create_post, owner, "group", post_data(), group)
        assert await socket.receive_nothing(timeout=0.3)
        await socket.disconnect()

    run(body)


def test_a_group_turning_closed_drops_the_outsiders_sockets(socket_of, committed, run):
    group = CommunityGroupFactory()
    owner = MembershipFactory(group=group, user=ProfessionalFactory(),
                              role=Membership.Role.OWNER).user

    def close_group():
        group.visibility = CommunityGroup.Visibility.CLOSED
        group.save()

    outsider, member = socket_of(ProfessionalFactory()), socket_of(owner)

    async def body():
        for socket in (outsider, member):
            await open_stream(socket, f"group-{group.pk}")
        await committed(close_group)
        assert await outsider.receive_json_from(timeout=5) == {
            "type": "revoked", "stream": f"group-{group.pk}"}
        await committed(post_services.create_post, owner, "group", post_data(), group)
        assert (await member.receive_json_from(timeout=5))["kind"] == "post.created"
        assert await outsider.receive_nothing(timeout=0.3)

    run(body)


def test_a_comment_appears_in_the_open_thread(closed_group, socket_of, committed, run):
    group, owner, member = closed_group
    socket = socket_of(member)

    async def body():
        post = await committed(post_services.create_post, owner, "group", post_data(), group)
        assert (await open_stream(socket, f"post-{post.pk}"))["type"] == "subscribed"
        comment = await committed(post_services.add_comment, owner, post, "Ik kom ook.")
        event = await socket.receive_json_from(timeout=5)
        assert (event["kind"], event["data"]) == (
            "comment.created", {"post": post.pk, "comment": comment.pk, "parent": None})
        await committed(post_services.toggle_reaction, owner, post, "eens")
        assert (await socket.receive_json_from(timeout=5))["kind"] == "reaction.changed"
        await socket.disconnect()

    run(body)


def test_a_hidden_post_leaves_the_log_and_its_thread(closed_group, socket_of, committed, run):
    group, owner, member = closed_group

    def hide(post):
        post.hidden_at = timezone.now()
        post.save(update_fields=["hidden_at"])

    thread, feed = socket_of(member), socket_of(member)

    async def body():
        publish = post_services.create_post
        kept = await committed(publish, owner, "group", post_data("Blijft"), group)
        hidden = await committed(publish, owner, "group", post_data("Weg"), group)
        await open_stream(thread, f"post-{hidden.pk}")
        await committed(hide, hidden)
        assert await thread.receive_json_from(timeout=5) == {
            "type": "revoked", "stream": f"post-{hidden.pk}"}

        # A member who reconnects to the feed is given the post that stayed only.
        await feed.connect()
        await feed.send_json_to({"type": "subscribe", "stream": f"group-{group.pk}", "after": 0})
        event = await feed.receive_json_from(timeout=5)
        assert event["data"] == {"post": kept.pk}
        assert (await feed.receive_json_from(timeout=5))["type"] == "subscribed"

    run(body)


def test_a_section_feed_gives_each_reader_the_posts_they_may_read(socket_of, committed, run):
    writer = ProfessionalFactory()
    professional, visitor = socket_of(ProfessionalFactory()), socket_of()

    async def body():
        for socket in (professional, visitor):
            assert (await open_stream(socket, "section-praat-mee"))["type"] == "subscribed"
        for_professionals = await committed(post_services.create_post, writer, "praat_mee",
                                            {**post_data(), "visibility": "professionals"})
        public = await committed(post_services.create_post, writer, "praat_mee",
                                 {**post_data(), "visibility": "public"})
        assert [(await professional.receive_json_from(timeout=5))["data"]["post"]
                for _ in range(2)] == [for_professionals.pk, public.pk]
        assert (await visitor.receive_json_from(timeout=5))["data"] == {"post": public.pk}
        assert await visitor.receive_nothing(timeout=0.3)

    run(body)
