"""Filters above the kennisbank's listings (GET forms, see core.listing)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, choice_filter, option_filter, thema_filter, wijk_filter

from .models import Level, Sector, TargetGroup


class ThemaFilterForm(ListingFilterForm):
    """Filter on one thema."""

    thema = thema_filter()
    lookups = {"thema": "themas"}


class PracticeFilterForm(ListingFilterForm):
    """Good practices by sector, wijk and thema."""

    sector = option_filter(Sector.choices, _("Sector"), _("Alle sectoren"))
    wijk = wijk_filter()
    thema = thema_filter()
    lookups = {"sector": "sector", "wijk": "wijk", "thema": "themas"}


class SocialMapFilterForm(ListingFilterForm):
    """Sociale kaart by level, wijk, thema and doelgroep.

    A provision for the whole city (no wijk set) is found under every wijk.
    """

    niveau = option_filter(Level.choices, _("Soort hulp"), _("Alle soorten hulp"), coerce=int)
    wijk = wijk_filter()
    thema = thema_filter()
    doelgroep = choice_filter(TargetGroup.objects.all(), _("Voor wie"), _("Iedereen"))
    lookups = {"niveau": "level", "thema": "themas", "doelgroep": "target_groups"}

    def narrow(self, queryset, name, value):
        if name == "wijk":
            return queryset.filter(Q(wijken=value) | Q(wijken=None)).distinct()
        return super().narrow(queryset, name, value)
