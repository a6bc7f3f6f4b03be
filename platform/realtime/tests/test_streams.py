"""/ws/streams/: subscribing through the access model, what was missed
after a reconnect (in order, once), live events, and losing access."""

import pytest
from django.contrib.auth.models import Group

from access.visibility import PROFESSIONALS_TOKEN, PUBLIC_TOKEN
from accounts import roles
from accounts.tests.factories import UserFactory
from realtime import events, streams
from realtime.models import Event
from realtime.testing import database as _sync

pytestmark = pytest.mark.django_db

PATH = "/ws/streams/"


@pytest.fixture(autouse=True)
def probe_streams():
    """"probe-open" needs `public`, "probe-pro" needs `professionals`."""
    streams.register("probe", {"open": PUBLIC_TOKEN, "pro": PROFESSIONALS_TOKEN}.get)
    yield
    streams._resolvers.pop("probe")


@pytest.fixture
def emit(django_capture_on_commit_callbacks):
    """Emit as a service does and let its transaction commit (delivery runs)."""
    def send(stream, kind="post.created", token=PUBLIC_TOKEN, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return events.emit(stream, kind, token, subject=f"probe-{kind}", data=data)
    return send


@pytest.fixture
def professional_socket(websocket, session_cookie):
    user = UserFactory(roles=[roles.PROFESSIONAL])
    cookie = session_cookie(user)
    return user, lambda: websocket(PATH, headers=[cookie])


async def subscribe(socket, stream, after=None):
    message = {"type": "subscribe", "stream": stream}
    if after is not None:
        message["after"] = after
    await socket.send_json_to(message)


async def received_until_subscribed(socket):
    """What the socket was sent up to and including its "subscribed"."""
    got = []
    while not got or got[-1]["type"] not in ("subscribed", "refused"):
        got.append(await socket.receive_json_from(timeout=5))
    return got


def positions(messages):
    return [m["position"] for m in messages if m["type"] == "event"]


def test_a_subscriber_receives_new_events_live(websocket, emit, run):
    async def body():
        socket = websocket(PATH)
        assert (await socket.connect())[0]
        await subscribe(socket, "probe-open")
        assert await socket.receive_json_from(timeout=5) == {
            "type": "subscribed", "stream": "probe-open", "position": 0}
        await _sync(emit)("probe-open", post=7)
        assert await socket.receive_json_from(timeout=5) == {
            "type": "event", "stream": "probe-open", "position": 1, "kind": "post.created",
            "data": {"post": 7}}
        await socket.disconnect()

    run(body)


def test_after_a_reconnect_the_missed_events_come_once_and_in_order(websocket, emit, run):
    async def body():
        first = websocket(PATH)
        await first.connect()
        await subscribe(first, "probe-open")
        await first.receive_json_from(timeout=5)
        await _sync(emit)("probe-open", n=1)
        seen = (await first.receive_json_from(timeout=5))["position"]
        await first.disconnect()

        for n in (2, 3, 4):
            await _sync(emit)("probe-open", n=n)

        again = websocket(PATH)
        await again.connect()
        await subscribe(again, "probe-open", after=seen)
        caught_up = await received_until_subscribed(again)
        assert [m["data"]["n"] for m in caught_up if m["type"] == "event"] == [2, 3, 4]
        assert caught_up[-1] == {"type": "subscribed", "stream": "probe-open", "position": 4}
        await _sync(emit)("probe-open", n=5)
        assert (await again.receive_json_from(timeout=5))["data"] == {"n": 5}
        assert await again.receive_nothing(timeout=0.3)
        await again.disconnect()

    run(body)


def test_a_live_event_lost_on_the_way_is_read_from_the_log(websocket, run,
                                                            django_capture_on_commit_callbacks):
    async def body():
        socket = websocket(PATH)
        await socket.connect()
        await subscribe(socket, "probe-open")
        await socket.receive_json_from(timeout=5)
        # The first event is logged but its delivery is lost; the second arrives.
        await _sync(lambda: events.emit("probe-open", "post.created", PUBLIC_TOKEN))()
        second = await _sync(lambda: events.emit("probe-open", "post.created", PUBLIC_TOKEN))()
        await _sync(events.deliver)(second)
        got = [await socket.receive_json_from(timeout=5) for _ in range(2)]
        assert positions(got) == [1, 2]
        await _sync(events.deliver)(second)
        assert await socket.receive_nothing(timeout=0.3)
        await socket.disconnect()

    run(body)


def test_a_live_event_reaches_the_socket_without_a_hop_to_the_database_thread(
        websocket, emit, run, monkeypatch):
    """Channels closes stale database connections before every handler, in
    the one database thread; a live event needs no database, and one such
    hop per socket per event was most of a large fan-out's time."""
    import channels.consumer

    hops = []
    close_old = channels.consumer.aclose_old_connections

    async def counted():
        hops.append(1)
        await close_old()

    monkeypatch.setattr(channels.consumer, "aclose_old_connections", counted)

    async def body():
        socket = websocket(PATH)
        await socket.connect()
        await subscribe(socket, "probe-open")
        await socket.receive_json_from(timeout=5)
        assert hops  # the subscription still goes through channels' dispatch
        hops.clear()
        await _sync(emit)("probe-open", post=7)
        assert positions([await socket.receive_json_from(timeout=5)]) == [1]
        assert hops == []
        await socket.disconnect()

    run(body)


def test_events_the_reader_may_not_see_are_left_out(professional_socket, websocket, emit, run):
    _user, professional = professional_socket

    async def body():
        parent = websocket(PATH)
        pro = professional()
        for socket in (parent, pro):
            await socket.connect()
            await subscribe(socket, "probe-open")
            await socket.receive_json_from(timeout=5)
        await _sync(emit)("probe-open", token=PROFESSIONALS_TOKEN, n=1)
        await _sync(emit)("probe-open", n=2)
        assert (await parent.receive_json_from(timeout=5))["data"] == {"n": 2}
        assert [(await pro.receive_json_from(timeout=5))["data"] for _ in range(2)] == [
            {"n": 1}, {"n": 2}]
        await parent.disconnect()

        # Nor does the log give them to the parent after a reconnect.
        again = websocket(PATH)
        await again.connect()
        await subscribe(again, "probe-open", after=0)
        assert positions(await received_until_subscribed(again)) == [2]
        await again.disconnect()
        await pro.disconnect()

    run(body)


@pytest.mark.parametrize("stream", ["probe-pro", "probe-nothing", "Probe-open", "probe", "x" * 300])
def test_a_stream_the_reader_may_not_read_is_refused(websocket, run, stream):
    async def body():
        socket = websocket(PATH)
        await socket.connect()
        await subscribe(socket, stream)
        assert await socket.receive_json_from(timeout=5) == {"type": "refused", "stream": stream}
        await socket.disconnect()

    run(body)


def test_a_professional_may_read_a_stream_for_professionals(professional_socket, run):
    _user, professional = professional_socket

    async def body():
        socket = professional()
        await socket.connect()
        await subscribe(socket, "probe-pro")
        assert (await socket.receive_json_from(timeout=5))["type"] == "subscribed"
        await socket.disconnect()

    run(body)


def test_a_reader_who_loses_access_is_told_and_hears_nothing_more(
        professional_socket, emit, run, django_capture_on_commit_callbacks):
    user, professional = professional_socket

    def block():
        # Saving the account is enough (realtime.signals), whoever blocks it.
        with django_capture_on_commit_callbacks(execute=True):
            user.is_active = False
            user.save(update_fields=["is_active"])

    async def body():
        socket = professional()
        await socket.connect()
        await subscribe(socket, "probe-pro")
        await socket.receive_json_from(timeout=5)
        await _sync(block)()
        assert await socket.receive_json_from(timeout=5) == {"type": "revoked",
                                                             "stream": "probe-pro"}
        await _sync(emit)("probe-pro", token=PROFESSIONALS_TOKEN)
        assert await socket.receive_nothing(timeout=0.3)
        await socket.disconnect()

    run(body)


def test_losing_the_professional_role_revokes_a_stream_for_professionals(
        professional_socket, run, django_capture_on_commit_callbacks):
    user, professional = professional_socket

    def take_role():
        with django_capture_on_commit_callbacks(execute=True):
            user.groups.remove(Group.objects.get(name=roles.PROFESSIONAL))

    async def body():
        socket = professional()
        await socket.connect()
        await subscribe(socket, "probe-pro")
        await socket.receive_json_from(timeout=5)
        await _sync(take_role)()
        assert await socket.receive_json_from(timeout=5) == {"type": "revoked",
                                                             "stream": "probe-pro"}
        await socket.disconnect()

    run(body)


def test_a_position_older_than_the_log_asks_for_a_reload(websocket, emit, run):
    async def body():
        for n in range(3):
            await _sync(emit)("probe-open", n=n)
        await _sync(lambda: Event.objects.filter(position__lt=3).delete())()
        socket = websocket(PATH)
        await socket.connect()
        await subscribe(socket, "probe-open", after=1)
        assert await socket.receive_json_from(timeout=5) == {"type": "reload",
                                                             "stream": "probe-open"}
        assert await socket.receive_json_from(timeout=5) == {
            "type": "subscribed", "stream": "probe-open", "position": 3}
        await socket.disconnect()

    run(body)


@pytest.mark.parametrize("message", [
    "not json", '{"type": "subscribe"}', '{"type": "subscribe", "stream": "probe-open", '
    '"after": -1}', '{"type": "subscribe", "stream": "probe-open", "after": "1"}', "[]"])
def test_a_malformed_message_gets_an_error_and_the_socket_stays(websocket, run, message):
    async def body():
        socket = websocket(PATH)
        await socket.connect()
        await socket.send_to(text_data=message)
        assert (await socket.receive_json_from(timeout=5))["type"] == "error"
        await subscribe(socket, "probe-open")
        assert (await socket.receive_json_from(timeout=5))["type"] == "subscribed"
        await socket.disconnect()

    run(body)


def test_positions_in_a_stream_have_no_gaps_and_streams_count_apart(emit):
    assert [emit("probe-open").position for _ in range(3)] == [1, 2, 3]
    assert emit("probe-pro").position == 1


def test_a_stream_name_must_be_safe_for_the_channel_layer():
    with pytest.raises(ValueError):
        events.emit("group:12", "post.created", PUBLIC_TOKEN)


def test_the_log_keeps_events_for_the_retention_window_only(emit):
    from datetime import timedelta

    from django.utils import timezone

    old, recent = emit("probe-open"), emit("probe-open")
    Event.objects.filter(pk=old.pk).update(created_at=timezone.now() - events.RETENTION
                                           - timedelta(minutes=1))

    assert events.prune() == 1
    assert list(Event.objects.values_list("pk", flat=True)) == [recent.pk]
    # A socket that saw nothing yet is now past the log, one that saw the old one is not.
    assert events.missed("probe-open", 0, {PUBLIC_TOKEN}) is None
    assert events.missed("probe-open", 1, {PUBLIC_TOKEN}) == ([recent], 2)
