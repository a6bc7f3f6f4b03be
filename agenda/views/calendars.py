"""iCalendar files: one event, and the public feed with wijk and thema filters."""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from access.views import get_visible_or_404

from ..forms.events import EventFilterForm
from ..ical import calendar, download_name
from ..models import Event
from ..services import registrations

FEED_SIZE = 200


def ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, download_name(filename))
    return response


def event_ics(request, slug):
    """One event for one's calendar; the online link only for registered participants."""
    event = get_visible_or_404(Event.objects.published(), request.user, slug=slug)
    registered = registrations.has_seat(event, request.user)
    return ics_response(calendar([event], event.title, lambda _event: registered),
                         f"{event.slug}.ics")


def public_feed(request):
    """Upcoming public events, as a calendar subscription (?wijk=, ?thema=).

    Calendar programs fetch without a session: the feed is built for an
    anonymous visitor, whoever asks.
    """
    events = Event.objects.published().visible_to(AnonymousUser()).upcoming()
    form = EventFilterForm({key: request.GET.get(key) for key in ("wijk", "thema")})
    events = form.apply(events).with_sessions().order_by("start")[:FEED_SIZE]
    return ics_response(calendar(events, _("Agenda wijkzorgnetwerk")), "agenda.ics")
