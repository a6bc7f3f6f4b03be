"""Public forms of the kennisbank."""

from django import forms
from django.utils.translation import gettext_lazy as _

from privacy.forms import PrivacyGuardedForm

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
