"""The agenda's forms: registering (a guest's name and address, the organiser's
question) and proposing an event. They clean what people type; the services
in `services` do the writing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.fields import HttpsURLField
from groups.api import group_ids_for
from groups.models import CommunityGroup
from privacy.forms import PrivacyGuardedForm

from .models import Event
from .services.proposals import PROPOSAL_FIELDS


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


class ProposalForm(PrivacyGuardedForm, forms.ModelForm):
    """The event's fields a proposer fills in; `services.proposals.propose_event`
    saves them.

    Everyone who finds the event reads its texts, so the privacy guard does too.
    """

    guarded_fields = ("title", "summary", "description", "question")

    description = forms.CharField(
        label=_("Beschrijving"), required=False, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Wat gaat er gebeuren, voor wie is het, wat moet men meenemen?"),
    )

    class Meta:
        model = Event
        fields = PROPOSAL_FIELDS
        field_classes = {"online_url": HttpsURLField}
        widgets = {
            "start": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "end": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "registration_closes": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "themas": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only groups the proposer belongs to; private events make no sense here.
        self.fields["access_group"].queryset = CommunityGroup.objects.filter(
            pk__in=group_ids_for(user))
        self.fields["visibility"].choices = [
            c for c in self.fields["visibility"].choices if c[0] != "private"]
        for name in ("start", "end", "registration_closes"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%d-%m-%Y %H:%M"]
        if not self.is_bound:
            self.initial.setdefault("contact_email", user.email)

    def clean(self):
        data = super().clean()
        if data.get("visibility") == "group" and not data.get("access_group"):
            self.add_error("access_group", _("Kies de groep die deze bijeenkomst mag zien."))
        return data
