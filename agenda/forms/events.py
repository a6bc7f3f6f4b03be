"""Filters above the agenda's list of events (GET form, see core.listing)."""

import datetime

from django import forms
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, option_filter, thema_filter, wijk_filter

from ..models import Audience, EventKind, EventSession


def _date_filter(label):
    return forms.DateField(
        label=label, required=False, widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Vul een datum in, bijvoorbeeld 15-03-2027.")},
    )


class EventFilterForm(ListingFilterForm):
    """Type, wijk, thema, audience, a date range and "only with places left"."""

    soort = option_filter(EventKind.choices, _("Soort"), _("Alle soorten"))
    wijk = wijk_filter()
    thema = thema_filter()
    voor = option_filter(Audience.choices, _("Voor wie"), _("Voor iedereen"))
    van = _date_filter(_("Vanaf"))
    tot = _date_filter(_("Tot en met"))
    plaatsen = forms.BooleanField(label=_("Alleen met vrije plaatsen"), required=False)

    lookups = {"soort": "kind", "wijk": "wijk", "thema": "themas", "voor": "audience"}

    def narrow(self, queryset, name, value):
        if name in ("van", "tot"):
            # Both ends at once: a series must meet on a day between them, so
            # one session after "van" and another before "tot" is no match.
            return queryset.filter(_meets_within(self.cleaned_data.get("van"),
                                                 self.cleaned_data.get("tot")))
        if name == "plaatsen":
            # The listing annotates `seats_taken` (Event.objects.with_seats_taken()).
            return queryset.filter(Q(capacity__isnull=True) | Q(seats_taken__lt=F("capacity")))
        return super().narrow(queryset, name, value)


def _meets_within(first_day, last_day):
    """Events that meet between the two days (either may be None): an event
    without sessions by its own times, a series by one of its sessions."""
    overlap = Q()
    if first_day:
        overlap &= Q(end__gte=_day_start(first_day))
    if last_day:
        overlap &= Q(start__lt=_day_start(last_day + datetime.timedelta(days=1)))
    sessions = EventSession.objects.filter(event=OuterRef("pk"))
    return (overlap & ~Exists(sessions)) | Exists(sessions.filter(overlap))


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
