"""The badge's stream: a notification reaches the reader's open pages and
nobody else's."""

import pytest

from access.visibility import PROFESSIONALS_TOKEN
from accounts.tests.factories import ProfessionalFactory
from notifications import services
from notifications.models import Kind

pytestmark = pytest.mark.django_db

PATH = "/ws/streams/"


def test_a_notification_reaches_only_its_readers_socket(websocket, session_cookie, committed,
                                                       run):
    reader, other = ProfessionalFactory(), ProfessionalFactory()
    cookies = session_cookie(reader), session_cookie(other)

    async def body():
        mine = websocket(PATH, headers=[cookies[0]])
        theirs = websocket(PATH, headers=[cookies[1]])
        assert (await mine.connect())[0] and (await theirs.connect())[0]
        await mine.send_json_to({"type": "subscribe", "stream": f"user-{reader.pk}"})
        assert (await mine.receive_json_from(timeout=5))["type"] == "subscribed"
        # Someone else's notifications are not to be followed.
        await theirs.send_json_to({"type": "subscribe", "stream": f"user-{reader.pk}"})
        assert await theirs.receive_json_from(timeout=5) == {
            "type": "refused", "stream": f"user-{reader.pk}"}

        (made,) = await committed(services.notify, [reader], Kind.REACTION, text="Reactie",
                                  url="/x/", token=PROFESSIONALS_TOKEN, subject="post-1")

        event = await mine.receive_json_from(timeout=5)
        assert (event["kind"], event["data"]) == ("notification.created",
                                                  {"notification": made.pk})
        assert await theirs.receive_nothing(timeout=0.3)
        await mine.disconnect()
        await theirs.disconnect()

    run(body)
