"""/ws/status/: the first websocket, served by the same ASGI app as the pages."""

import pytest
from channels.layers import get_channel_layer

from accounts import roles
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_anonymous_socket_is_told_it_is_anonymous(websocket, run):
    async def body():
        socket = websocket()
        connected, _subprotocol = await socket.connect()
        assert connected
        assert await socket.receive_json_from() == {"type": "status", "user": "anonymous"}
        await socket.disconnect()

    run(body)


def test_signed_in_socket_shares_the_session_of_the_pages(websocket, session_cookie, run):
    cookie = session_cookie(UserFactory(roles=[roles.PROFESSIONAL]))

    async def body():
        socket = websocket(headers=[cookie])
        connected, _subprotocol = await socket.connect()
        assert connected
        assert await socket.receive_json_from() == {"type": "status", "user": "signed_in"}
        await socket.disconnect()

    run(body)


def test_an_inactive_account_counts_as_anonymous(websocket, session_cookie, run):
    user = UserFactory()
    cookie = session_cookie(user)
    user.is_active = False
    user.save(update_fields=["is_active"])

    async def body():
        socket = websocket(headers=[cookie])
        await socket.connect()
        assert await socket.receive_json_from() == {"type": "status", "user": "anonymous"}
        await socket.disconnect()

    run(body)


def test_a_ping_comes_back_as_a_pong_through_the_channel_layer(websocket, run):
    async def body():
        socket = websocket()
        await socket.connect()
        await socket.receive_json_from()
        await socket.send_json_to({"type": "ping"})
        assert await socket.receive_json_from(timeout=5) == {"type": "pong"}
        await socket.disconnect()

    run(body)


def test_pongs_go_only_to_the_socket_that_pinged(websocket, run):
    async def body():
        pinger, bystander = websocket(), websocket()
        for socket in (pinger, bystander):
            await socket.connect()
            await socket.receive_json_from()
        await pinger.send_json_to({"type": "ping"})
        assert await pinger.receive_json_from(timeout=5) == {"type": "pong"}
        assert await bystander.receive_nothing(timeout=0.5)
        await pinger.disconnect()
        await bystander.disconnect()

    run(body)


@pytest.mark.parametrize("frame", ['{"type": "subscribe"}', "not json", "[1, 2]"])
def test_other_frames_get_an_error_and_the_socket_stays_open(frame, websocket, run):
    async def body():
        socket = websocket()
        await socket.connect()
        await socket.receive_json_from()
        await socket.send_to(text_data=frame)
        assert await socket.receive_json_from() == {"type": "error", "error": "unknown message"}
        await socket.send_json_to({"type": "ping"})
        assert await socket.receive_json_from(timeout=5) == {"type": "pong"}
        await socket.disconnect()

    run(body)


def test_the_configured_channel_layer_is_in_use(settings):
    """With REDIS_URL the pongs above travelled through Redis pub/sub."""
    expected = (
        "RedisPubSubChannelLayer" if settings.REDIS_URL else "InMemoryChannelLayer"
    )
    assert type(get_channel_layer()).__name__ == expected
