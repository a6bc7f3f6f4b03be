"""Registrations from a mail's link (guests) or from one's account: confirm, cancel.

A link only shows a button; the change itself is a POST, so a mail
program that opens links to scan them cannot confirm or cancel anything.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from access.views import get_visible_or_404

from .. import links
from ..models import Event, Registration
from ..services import registrations


def _from_token(token, purpose, max_age=None):
    registration_id = links.read_token(token, purpose, max_age=max_age)
    if registration_id is None:
        return None
    return Registration.objects.select_related("event").filter(pk=registration_id).first()


def confirm_registration(request, token):
    """A guest confirms their registration with the link from their mail."""
    registration = _from_token(token, "confirm", max_age=links.CONFIRM_MAX_AGE)
    if registration is None:
        return render(request, "agenda/link_invalid.html", status=404)
    if request.method == "POST":
        try:
            registration = registrations.confirm_guest(registration)
        except registrations.RegistrationRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _confirmed_message(registration))
            return redirect(registration.event.get_absolute_url())
    return render(request, "agenda/registration_confirm.html", {"registration": registration})


def _confirmed_message(registration):
    if registration.status == Registration.Status.WAITLISTED:
        return _("Bevestigd. De bijeenkomst is vol: u staat op de wachtlijst, op plaats "
                 "%(position)s.") % {"position": registrations.waitlist_position(registration)}
    if registration.status == Registration.Status.CONFIRMED:
        return _("Bevestigd. U bent aangemeld; de afspraak voor uw agenda staat in uw e-mail.")
    return _("Deze aanmelding is al afgemeld.")


def cancel_from_link(request, token):
    """Cancel with the link from a mail, without an account."""
    registration = _from_token(token, "cancel")
    if registration is None:
        return render(request, "agenda/link_invalid.html", status=404)
    if request.method == "POST":
        registrations.cancel_registration(registration)
        messages.success(request, _("U bent afgemeld. Bedankt dat u het liet weten."))
        return redirect(registration.event.get_absolute_url())
    return render(request, "agenda/registration_cancel.html", {"registration": registration})


@login_required
@require_POST
def cancel_own(request, slug):
    """A signed-in person cancels their registration on the event's page."""
    event = get_visible_or_404(Event.objects.published(), request.user, slug=slug)
    registration = registrations.registration_of(event, request.user)
    if registration is None:
        raise Http404
    registrations.cancel_registration(registration)
    messages.success(request, _("U bent afgemeld. Bedankt dat u het liet weten."))
    return redirect(event.get_absolute_url())


