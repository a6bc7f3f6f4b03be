"""An event page's free seats, live: every registration, cancellation and
promotion reaches the sockets of whoever may see the event."""

import pytest

from accounts.tests.factories import ProfessionalFactory
from agenda.services import registrations

from .factories import EventFactory

pytestmark = pytest.mark.django_db

PATH = "/ws/streams/"


async def subscribed(socket, stream):
    await socket.connect()
    await socket.send_json_to({"type": "subscribe", "stream": stream})
    return await socket.receive_json_from(timeout=5)


def test_free_seats_follow_registrations_and_the_waitlist(websocket, committed, run):
    event = EventFactory(capacity=1)
    first, second = ProfessionalFactory(), ProfessionalFactory()
    visitor = websocket(PATH)

    async def body():
        assert (await subscribed(visitor, f"event-{event.pk}"))["type"] == "subscribed"

        taken = await committed(registrations.register_for_event, event, user=first)
        assert (await visitor.receive_json_from(timeout=5))["data"] == {"seats_left": 0}
        await committed(registrations.register_for_event, event, user=second)  # waitlist
        assert (await visitor.receive_json_from(timeout=5))["data"] == {"seats_left": 0}

        # The seat comes free and goes to the waitlist in the same transaction:
        # the page shows one free for a moment, then none.
        await committed(registrations.cancel_registration, taken)
        assert [(await visitor.receive_json_from(timeout=5))["data"]["seats_left"]
                for _ in range(2)] == [1, 0]
        await visitor.disconnect()

    run(body)


@pytest.mark.parametrize("event_fields", [{"visibility": "professionals"}, {"live": False}],
                         ids=["for professionals", "not published"])
def test_a_visitor_cannot_follow_an_event_they_cannot_see(websocket, run, event_fields):
    event = EventFactory(capacity=10, **event_fields)
    visitor = websocket(PATH)

    async def body():
        assert (await subscribed(visitor, f"event-{event.pk}"))["type"] == "refused"

    run(body)


def test_the_event_page_says_where_to_follow_its_seats(client):
    event = EventFactory(capacity=10)

    html = client.get(event.get_absolute_url()).content.decode()

    assert f'data-live-stream="event-{event.pk}" data-live-position="0"' in html
    assert "Nog 10 plaatsen vrij." in html
