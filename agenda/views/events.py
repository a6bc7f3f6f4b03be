"""The agenda: upcoming events, the archive, an event and registering for it."""

from allauth.core import ratelimit
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from access.views import get_visible_or_404, only_visible
from core.listing import paginate

from .. import live
from ..forms.events import EventFilterForm
from ..forms.registrations import RegistrationForm
from ..ical import add_to_calendar_links
from ..models import Event, Registration
from ..services import registrations

PER_PAGE = 20
DETAIL_TEMPLATE = "agenda/event_detail.html"
# In ACCOUNT_RATE_LIMITS: per internet address and per e-mail address.
GUEST_RATE_ACTION = "agenda_guest_registration"


def _listing(request):
    """Live events the visitor may see, with their seats counted in the same query."""
    return (
        Event.objects.published().visible_to(request.user)
        .select_related("wijk").prefetch_related("themas", "sessions").with_seats_taken()
    )


def event_list(request, archive=False):
    """Upcoming events, soonest first; the archive shows past ones, latest first."""
    events = _listing(request)
    if archive:
        events = events.past().order_by("-start").prefetch_related("materials")
    else:
        events = events.upcoming().order_by("start")
    form = EventFilterForm(request.GET)
    page_obj = paginate(request, form.apply(events), PER_PAGE)
    if archive:
        for event in page_obj.object_list:
            event.visible_materials = only_visible(event.materials.all(), request.user)
    return render(request, "agenda/event_list.html", {
        "filter_form": form, "page_obj": page_obj, "events": page_obj.object_list,
        "archive": archive,
    })


def event_detail(request, slug):
    """An event; registering is a POST to the same address.

    A guest's registration mails an address nobody has verified yet: past
    the limit the form comes back as typed, with status 429.
    """
    event = get_visible_or_404(Event.objects.published(), request.user, slug=slug)
    guest = not request.user.is_authenticated
    # Bound on every POST: a professional's one click posts no fields at all.
    data = request.POST if request.method == "POST" else None
    form = RegistrationForm(data, event=event, guest=guest)
    if request.method == "POST" and form.is_valid():
        if guest and not _guest_may_register(request, form.cleaned_data["email"]):
            context = {**_detail_context(request, event, form), "rate_limited": True}
            return render(request, DETAIL_TEMPLATE, context, status=429)
        try:
            registration = registrations.register_for_event(
                event, user=None if guest else request.user, **form.registration_details())
        except registrations.RegistrationRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _outcome(registration))
            return redirect(event.get_absolute_url())
    return render(request, DETAIL_TEMPLATE, _detail_context(request, event, form))


def _guest_may_register(request, email):
    """Counted only for registrations that would be mailed: a typo costs nothing."""
    return ratelimit.consume(request, action=GUEST_RATE_ACTION, key=email.strip().lower())


def _outcome(registration):
    Status = Registration.Status
    if registration.status == Status.PENDING:
        return _("Bijna klaar: wij hebben u een e-mail gestuurd. Bevestig uw aanmelding met "
                 "de link in die e-mail.")
    if registration.status == Status.WAITLISTED:
        return _("De bijeenkomst is vol. U staat op de wachtlijst, op plaats %(position)s. "
                 "Komt er een plaats vrij, dan krijgt u een e-mail.") % {
            "position": registrations.waitlist_position(registration)}
    return _("U bent aangemeld. De bevestiging staat in uw e-mail.")


def _detail_context(request, event, form):
    mine = registrations.registration_of(event, request.user)
    return {
        "event": event,
        "form": form,
        "registration": mine,
        "waitlist_position": registrations.waitlist_position(mine) if mine else None,
        "seats_left": registrations.seats_left(event),
        "refusal": registrations.refusal(event),
        "show_online_url": bool(mine and mine.holds_seat),
        "materials": only_visible(event.materials.select_related("document"), request.user),
        "may_manage": event.is_manageable_by(request.user),
        "calendar_links": add_to_calendar_links(event),
        "live_stream": live.event_stream(event.pk),
    }

