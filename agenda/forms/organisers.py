"""What an organiser writes to the people registered for their event: a
message to everyone, and why the event is called off. Both reach every
participant, so the privacy guard reads them; `services.organisers` and
`services.events` send them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from privacy.forms import PrivacyGuardedForm


class MessageForm(PrivacyGuardedForm):
    """The organiser's mail to every participant; the privacy guard reads it."""

    guarded_fields = ("subject", "body")

    subject = forms.CharField(label=_("Onderwerp"), max_length=150,
                              error_messages={"required": _("Vul een onderwerp in.")})
    body = forms.CharField(label=_("Bericht"), widget=forms.Textarea(attrs={"rows": 6}),
                           help_text=PrivacyGuardedForm.privacy_reminder,
                           error_messages={"required": _("Schrijf een bericht.")})


class CancelForm(PrivacyGuardedForm):
    """Why the event is called off: it goes to every participant, so the
    privacy guard reads it."""

    guarded_fields = ("reason",)

    reason = forms.CharField(
        label=_("Waarom gaat het niet door?"), required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Dit staat in de e-mail aan alle deelnemers."),
    )
