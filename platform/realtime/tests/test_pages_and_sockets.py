"""Pages and websockets come from one ASGI application (config.asgi) and
share one session.

Transactional: Django's ASGI handler runs each request's sync code in a
thread of its own, with its own database connection, so the test's data must
be committed to be seen.
"""

import pytest
from channels.testing import HttpCommunicator
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import UserFactory

# serialized_rollback: start from the migrated data (roles, home page) even
# after another transactional test emptied the tables.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


async def get_page(application, path, headers=()):
    """An HTTP GET as uvicorn or daphne passes it on, client address included."""
    request = HttpCommunicator(
        application, "GET", path, headers=[(b"host", b"testserver"), *headers]
    )
    request.scope.update(client=("127.0.0.1", 52000), server=("testserver", 80))
    return await request.get_response(timeout=10)


def test_a_signed_in_session_opens_a_page_and_a_socket(
    asgi_application, websocket, session_cookie, run
):
    cookie = session_cookie(UserFactory(roles=[roles.PROFESSIONAL]))

    async def body():
        response = await get_page(asgi_application, reverse("account_overview"), [cookie])
        assert response["status"] == 200

        socket = websocket(headers=[cookie])
        connected, _subprotocol = await socket.connect(timeout=5)
        assert connected
        assert await socket.receive_json_from() == {"type": "status", "user": "signed_in"}
        await socket.disconnect()

    run(body)


def test_without_a_session_the_page_asks_to_sign_in(asgi_application, run):
    async def body():
        response = await get_page(asgi_application, reverse("account_overview"))
        assert response["status"] == 302
        assert dict(response["headers"])[b"Location"].startswith(b"/account/login/")

    run(body)
