"""Public forms of the kennisbank: the suggestion form, and the filters above
the listings (GET forms, see core.listing)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, choice_filter, option_filter, thema_filter, wijk_filter
from privacy.forms import PrivacyGuardedForm

from .models import Level, Sector, TargetGroup

# An innocuous name: bots fill a "website" field, people never see it.
HONEYPOT_FIELD = "website"


class SuggestionForm(PrivacyGuardedForm):
    """"Mist u een aanbod of aanbieder?": what is missing, who offers it, who tells us.

    The redactie reads every text, and a suggestion may tell how an offer
    helped a child, so all free text passes the privacy guard.
    """

    guarded_fields = ("offer", "provider", "description", "contact_name")

    offer = forms.CharField(
        label=_("Welk aanbod mist u?"),
        max_length=200,
        help_text=_("Bijvoorbeeld een training, een project of een werkwijze."),
        error_messages={"required": _("Vul in welk aanbod u mist.")},
    )
    provider = forms.CharField(
        label=_("Wie biedt het aan?"),
        max_length=200,
        required=False,
        help_text=_("De naam van de organisatie of de persoon."),
    )
    description = forms.CharField(
        label=_("Vertel er iets meer over"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Wat is het, voor wie is het en waar vinden we meer informatie?"),
    )
    contact_name = forms.CharField(
        label=_("Uw naam"), max_length=120, required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Uw e-mailadres"),
        required=False,
        help_text=_("Alleen als we u iets willen vragen over uw suggestie."),
        error_messages={"invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def visible_fields(self):
        """Every field except the honeypot, which the template renders hidden."""
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def suggestion_data(self):
        """The cleaned values the service stores."""
        data = dict(self.cleaned_data)
        data.pop(HONEYPOT_FIELD, None)
        data.pop("confirm_privacy", None)
        return data


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
