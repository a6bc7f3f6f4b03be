"""A person's own agenda: proposing an event, the events they organise, their
registrations and their personal calendar feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.mail import absolute_url

from ..forms.proposals import ProposalForm
from ..ical import calendar
from ..models import CalendarFeed, Event, Registration
from ..services import calendar_feeds
from ..services.proposals import PUBLISH_PERMISSION, propose_event
from .calendars import ics_response

Status = Registration.Status


@login_required
def propose(request):
    """"Bijeenkomst plaatsen": professionals propose, redacteuren publish."""
    if not request.user.is_professional:
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen een bijeenkomst "
                                 "plaatsen."))
    form = ProposalForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            event = propose_event(request.user, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _proposed(request, event)
    return render(request, "agenda/propose.html", {
        "form": form, "publishes": request.user.has_perm(PUBLISH_PERMISSION)})


def _proposed(request, event):
    if event.live:
        messages.success(request, _("Uw bijeenkomst staat in de agenda."))
        return redirect(event.get_absolute_url())
    messages.success(request, _("Dank u. Een redacteur kijkt uw bijeenkomst na; daarna "
                                "komt hij in de agenda. U krijgt geen aparte e-mail."))
    return redirect("my_agenda")


@login_required
def my_agenda(request):
    """My registrations (coming first), the events I organise, my calendar feed."""
    registrations = (
        Registration.objects.filter(user=request.user).exclude(status=Status.CANCELLED)
        .select_related("event").prefetch_related("event__sessions").order_by("event__start")
    )
    organised = (
        Event.objects.filter(owner=request.user).with_sessions().order_by("-start")
        .with_seats_taken()
    )
    # Only read: the address is made by "Maak mijn agenda-adres" (renew_feed, a POST).
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return render(request, "agenda/my_agenda.html", {
        "registrations": registrations, "organised": organised,
        "feed_url": absolute_url("personal_feed", key=feed.key) if feed else None,
    })


@login_required
@require_POST
def renew_feed(request):
    """Make (or replace) the secret address of my calendar feed."""
    had_one = CalendarFeed.objects.filter(user=request.user).exists()
    calendar_feeds.renew_calendar_feed(request.user)
    messages.success(request, _("Uw agenda-adres is vernieuwd. Het oude adres werkt niet meer.")
                     if had_one else _("Uw persoonlijke agenda-adres is klaar."))
    return redirect("my_agenda")


def personal_feed(request, key):
    """The events I have a seat for, with their online links: read by calendar
    programs without a session, so the secret address is the key."""
    feed = CalendarFeed.objects.select_related("user").filter(key=key).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    seats = Registration.objects.holding_seats().filter(user=feed.user)
    events = (
        Event.objects.published().visible_to(feed.user)
        .filter(pk__in=seats.values("event")).with_sessions().order_by("start")
    )
    return ics_response(calendar(events, _("Mijn bijeenkomsten"), lambda _event: True),
                        "mijn-agenda.ics")
