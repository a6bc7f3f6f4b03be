"""Filters above the kennisbank's listings (GET forms).

A value that no longer exists (an old link to a removed thema) is shown as
an error on that field and ignored; the other filters still apply.
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Thema, Wijk

UNKNOWN_CHOICE = _("Deze keuze bestaat niet (meer). Kies een andere; nu ziet u alles.")


def choice_filter(queryset, label, empty_label):
    """An optional filter on one of `queryset`, chosen by slug."""
    return forms.ModelChoiceField(
        queryset, to_field_name="slug", required=False, label=label, empty_label=empty_label,
        error_messages={"invalid_choice": UNKNOWN_CHOICE},
    )


def thema_field():
    return choice_filter(Thema.objects.all(), _("Thema"), _("Alle thema's"))


def wijk_field():
    return choice_filter(Wijk.objects.all(), _("Wijk"), _("Alle wijken"))


class ListingFilterForm(forms.Form):
    """Base for listing filters: `lookups` maps a field to its queryset lookup."""

    lookups = {}

    def __init__(self, data=None, **kwargs):
        # Unbound when no filter is given, so an empty form shows no errors.
        relevant = {name: data[name] for name in self.base_fields if data and data.get(name)}
        super().__init__(relevant or None, **kwargs)

    def apply(self, queryset):
        """`queryset` narrowed by every valid filter value."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name, value in self.cleaned_data.items():
            if value not in (None, ""):
                queryset = self.narrow(queryset, name, value)
        return queryset

    def narrow(self, queryset, name, value):
        return queryset.filter(**{self.lookups[name]: value})

    @property
    def active(self):
        """True when the list is narrowed by at least one filter."""
        return self.is_bound and any(v not in (None, "") for v in self.cleaned_data.values())


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
