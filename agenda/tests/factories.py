"""Factories for the agenda: live events and registrations."""

import datetime

import factory
from django.utils import timezone

from agenda.models import Event, EventKind, Registration


class EventFactory(factory.django.DjangoModelFactory):
    """A live, public scholing a week from now, with registration open."""

    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Scholing {n}")
    slug = factory.Sequence(lambda n: f"scholing-{n}")
    kind = EventKind.SCHOLING
    summary = "Een middag over signaleren in de klas."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    location = "Stadskantoor, Markt 10, Zoetermeer"
    organiser_name = "Samenwerkingsverband Samen Passend PO"
    contact_email = "scholing@samenpassend-po.wzn-demo.nl"
    visibility = "public"
    live = True


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.nl")
    status = Registration.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
