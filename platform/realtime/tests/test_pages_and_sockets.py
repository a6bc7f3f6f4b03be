"""Pages and websockets come from one ASGI application (config.asgi)."""

import pytest
from channels.testing import HttpCommunicator

from accounts import roles
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def page_request(application, path, headers):
    """An HTTP GET as uvicorn or daphne would pass it on, client address included."""
    request = HttpCommunicator(application, "GET", path, headers=headers)
    request.scope.update(client=("127.0.0.1", 52000), server=("testserver", 80))
    return request


@pytest.mark.usefixtures("keep_test_connection")
def test_one_application_serves_a_page_and_a_socket_to_the_same_session(
    asgi_application, websocket, session_cookie, run
):
    cookie = session_cookie(UserFactory(roles=[roles.PROFESSIONAL]))

    async def body():
        page = page_request(
            asgi_application, "/privacy/", headers=[(b"host", b"testserver"), cookie]
        )
        response = await page.get_response(timeout=10)
        assert response["status"] == 200
        assert b"<h1" in response["body"]

        socket = websocket(headers=[cookie])
        connected, _subprotocol = await socket.connect(timeout=5)
        assert connected
        assert await socket.receive_json_from() == {"type": "status", "user": "signed_in"}
        await socket.disconnect()

    run(body)
