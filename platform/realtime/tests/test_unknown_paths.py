"""A websocket to a path nobody serves is closed with a code, not a traceback."""

import pytest

from realtime.consumers import NOT_FOUND

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/ws/bestaat-niet/", "/ws/status/extra/", "/geen-socket/"])
def test_an_unknown_path_is_closed_with_not_found(websocket, run, path):
    async def body():
        socket = websocket(path)
        assert await socket.connect(timeout=5) == (False, NOT_FOUND)

    run(body)
