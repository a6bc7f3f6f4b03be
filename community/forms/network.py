"""Forms of Mijn netwerk: the search above the list and "Neem contact op"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, choice_filter, option_filter, wijk_filter
from privacy.forms import PrivacyGuardedForm
from taxonomy.models import Expertise, OrganisationType


class NetworkFilterForm(ListingFilterForm):
    """Free text, expertise, kind of organisation, function and wijk.

    Each filter matches a field only where the viewer may see that field
    (see ProfileQuerySet.matching), so a hidden field is never found.
    """

    zoek = forms.CharField(
        label=_("Zoekwoorden"), required=False, max_length=100,
        help_text=_("Zoekt in naam, functie, organisatie, expertise en 'over mij'."),
    )
    expertise = choice_filter(Expertise.objects.all(), _("Expertise"), _("Alle expertises"))
    soort = option_filter(OrganisationType.choices, _("Soort organisatie"),
                          _("Alle soorten organisaties"))
    functie = forms.CharField(
        label=_("Functie"), required=False, max_length=100,
        help_text=_("Bijvoorbeeld 'intern begeleider'."),
    )
    wijk = wijk_filter()

    def __init__(self, data=None, *, viewer, **kwargs):
        super().__init__(data, **kwargs)
        self.viewer = viewer

    def narrow(self, queryset, name, value):
        return queryset.matching(name, value, self.viewer)


class ContactForm(PrivacyGuardedForm):
    """A message to a colleague; the privacy guard reads subject and text."""

    guarded_fields = ("subject", "message")

    subject = forms.CharField(
        label=_("Onderwerp"), max_length=150,
        error_messages={"required": _("Geef uw bericht een onderwerp.")},
    )
    message = forms.CharField(
        label=_("Uw bericht"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Uw collega krijgt dit per e-mail, met een link naar uw profiel. "
                    "Uw e-mailadres ziet uw collega niet."),
        error_messages={"required": _("Schrijf eerst uw bericht.")},
    )
