"""A person's own agenda: proposing an event, the events they organise, their
registrations and their personal calendar feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.mail import absolute_url

from ..ical import calendar
from ..models import CalendarFeed, Event, Registration
from ..proposals import PUBLISH_PERMISSION, ProposalForm, propose_event
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
        event = propose_event(form)
        if event.live:
            messages.success(request, _("Uw bijeenkomst staat in de agenda."))
            return redirect(event.get_absolute_url())
        messages.success(request, _("Dank u. Een redacteur kijkt uw bijeenkomst na; daarna "
                                    "komt hij in de agenda. U krijgt geen aparte e-mail."))
        return redirect("my_agenda")
    return render(request, "agenda/propose.html", {
        "form": form, "publishes": request.user.has_perm(PUBLISH_PERMISSION)})


@login_required
def my_agenda(request):
    """My registrations (coming first), the events I organise, my calendar feed."""
    registrations = (
        Registration.objects.filter(user=request.user).exclude(status=Status.CANCELLED)
        .select_related("event").prefetch_related("event__sessions").order_by("event__start")
    )
    organised = (
        Event.objects.filter(owner=request.user).with_sessions().order_by("-start")
        .annotate(seats_taken=Count("registrations", filter=Q(
            registrations__status=Status.CONFIRMED)))
    )
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
    CalendarFeed.for_user(request.user, renew=True)
    messages.success(request, _("Uw agenda-adres is vernieuwd. Het oude adres werkt niet meer.")
                     if had_one else _("Uw persoonlijke agenda-adres is klaar."))
    return redirect("my_agenda")


def personal_feed(request, key):
    """The events I have a seat for, with their online links: read by calendar
    programs without a session, so the secret address is the key."""
    feed = CalendarFeed.objects.select_related("user").filter(key=key).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    events = (
        Event.objects.published().visible_to(feed.user)
        .filter(registrations__user=feed.user, registrations__status=Status.CONFIRMED)
        .distinct().with_sessions().order_by("start")
    )
    return ics_response(calendar(events, _("Mijn bijeenkomsten"), lambda _event: True),
                        "mijn-agenda.ics")
