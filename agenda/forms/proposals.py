"""Proposing an event ("Bijeenkomst plaatsen"): the event's fields a
professional fills in. The form cleans what they type;
`services.proposals.propose_event` does the writing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.fields import HttpsURLField
from groups.api import group_ids_for
from groups.models import CommunityGroup
from privacy.forms import PrivacyGuardedForm

from ..models import Event
from ..services.proposals import PROPOSAL_FIELDS


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
