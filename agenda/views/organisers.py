"""What organisers (and beheerders) do with their event: the participant list
and its CSV, attendance, a message to everyone, calling the event off.

Everyone else gets 404, as for anything they may not see: the list holds
names and addresses.
"""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from access.views import get_visible_or_404

from ..forms.organisers import CancelForm, MessageForm
from ..models import Event, Registration
from ..services import events, organisers, registrations


def _managed_event(request, slug):
    event = get_visible_or_404(Event.objects.all(), request.user, slug=slug)
    if not event.is_manageable_by(request.user):
        raise Http404
    return event


# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value):
    """The cell as a spreadsheet shows text: an apostrophe before anything it
    would run as a formula (OWASP's advice against CSV injection)."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _participants(event):
    return event.registrations.exclude(status=Registration.Status.CANCELLED).select_related(
        "user").order_by("status", "waitlisted_at", "created_at", "pk")


@login_required
def participants(request, slug):
    """The participant list with attendance, the message form and calling off."""
    event = _managed_event(request, slug)
    if request.method == "POST":
        present = [int(pk) for pk in request.POST.getlist("present") if pk.isdigit()]
        organisers.mark_attendance(event, present)
        messages.success(request, _("De aanwezigheid is opgeslagen."))
        return redirect("event_participants", slug=event.slug)
    return _render(request, event)


@login_required
def participants_csv(request, slug):
    """The participant list as CSV (opens in a spreadsheet)."""
    event = _managed_event(request, slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-{event.slug}.csv"'
    response.write("\ufeff")  # spreadsheet programs then read the accents right
    writer = csv.writer(response, delimiter=";")
    rows = [[_("Naam"), _("E-mail"), _("Status"), _("Aangemeld op"),
             event.question or _("Antwoord"), _("Aanwezig")]]
    rows += [[
        registration.name, registration.email, registration.get_status_display(),
        registration.created_at.strftime("%d-%m-%Y %H:%M"), registration.answer,
        {True: _("ja"), False: _("nee"), None: ""}[registration.attended],
    ] for registration in _participants(event)]
    writer.writerows([_as_text(cell) for cell in row] for row in rows)
    return response


@login_required
@require_POST
def message(request, slug):
    event = _managed_event(request, slug)
    form = MessageForm(request.POST)
    if not form.is_valid():
        return _render(request, event, message_form=form)
    count = organisers.message_participants(event, form.cleaned_data["subject"],
                                            form.cleaned_data["body"], by=request.user)
    messages.success(request, _("Uw bericht is verstuurd aan %(count)s deelnemers.")
                     % {"count": count})
    return redirect("event_participants", slug=event.slug)


@login_required
@require_POST
def cancel(request, slug):
    event = _managed_event(request, slug)
    form = CancelForm(request.POST)
    if not form.is_valid():
        return _render(request, event, cancel_form=form)
    events.cancel_event(event, reason=form.cleaned_data["reason"], by=request.user)
    messages.success(request, _("De bijeenkomst is afgelast. Alle deelnemers krijgen een e-mail."))
    return redirect(event.get_absolute_url())


def _render(request, event, message_form=None, cancel_form=None):
    """The organiser's page; a form with errors comes back as typed."""
    return render(request, "agenda/participants.html", {
        "event": event, "participants": _participants(event),
        "seats_left": registrations.seats_left(event),
        "message_form": message_form or MessageForm(),
        "cancel_form": cancel_form or CancelForm(),
    })
