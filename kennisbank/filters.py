"""Filters above the kennisbank's listings (GET forms, see core.listing)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.listing import UNKNOWN_CHOICE, ListingFilterForm, choice_filter
from taxonomy.models import Thema, Wijk


def thema_field():
    return choice_filter(Thema.objects.all(), _("Thema"), _("Alle thema's"))


def wijk_field():
    return choice_filter(Wijk.objects.all(), _("Wijk"), _("Alle wijken"))


class ThemaFilterForm(ListingFilterForm):
    """Filter on one thema."""

    thema = thema_field()
    lookups = {"thema": "themas"}


class PracticeFilterForm(ListingFilterForm):
    """Good practices by sector, wijk and thema."""

    sector = forms.ChoiceField(
        label=_("Sector"), required=False, error_messages={"invalid_choice": UNKNOWN_CHOICE}
    )
    wijk = wijk_field()
    thema = thema_field()
    lookups = {"sector": "sector", "wijk": "wijk", "thema": "themas"}

    def __init__(self, *args, **kwargs):
        from .models.learning import Sector

        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [("", _("Alle sectoren")), *Sector.choices]


class SocialMapFilterForm(ListingFilterForm):
    """Sociale kaart by level, wijk, thema and doelgroep.

    A provision for the whole city (no wijk set) is found under every wijk.
    """

    niveau = forms.TypedChoiceField(
        label=_("Soort hulp"), required=False, coerce=int,
        error_messages={"invalid_choice": UNKNOWN_CHOICE},
    )
    wijk = wijk_field()
    thema = thema_field()
    doelgroep = choice_filter(None, _("Voor wie"), _("Iedereen"))
    lookups = {"niveau": "level", "thema": "themas", "doelgroep": "target_groups"}

    def __init__(self, *args, **kwargs):
        from .models.social_map import Level, TargetGroup

        super().__init__(*args, **kwargs)
        self.fields["niveau"].choices = [("", _("Alle soorten hulp")), *Level.choices]
        self.fields["doelgroep"].queryset = TargetGroup.objects.all()

    def narrow(self, queryset, name, value):
        if name == "wijk":
            return queryset.filter(Q(wijken=value) | Q(wijken=None)).distinct()
        return super().narrow(queryset, name, value)
