"""Registering for an event: a guest's name and address, and the answer to
the organiser's question. `services.registrations.register_for_event` takes
what `RegistrationForm.registration_details` gives it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from privacy.forms import PrivacyGuardedForm


class RegistrationForm(PrivacyGuardedForm):
    """What registering asks; signed-in people only answer the question, if any.

    The organiser reads the answer, so the privacy guard checks it.
    """

    guarded_fields = ("answer",)

    name = forms.CharField(
        label=_("Uw naam"), max_length=150,
        error_messages={"required": _("Vul uw naam in.")},
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        help_text=_("Hier sturen wij de link heen om uw aanmelding te bevestigen."),
        error_messages={"required": _("Vul uw e-mailadres in."),
                        "invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")},
    )
    answer = forms.CharField(label="", required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, event, guest, **kwargs):
        super().__init__(*args, **kwargs)
        if not guest:
            del self.fields["name"], self.fields["email"]
        if event.question:
            self.fields["answer"].label = event.question
            self.fields["answer"].help_text = self.privacy_reminder
        else:
            del self.fields["answer"]

    def registration_details(self):
        """What the registration service takes: name, address and answer, as asked."""
        return {name: self.cleaned_data[name] for name in ("name", "email", "answer")
                if name in self.fields}
