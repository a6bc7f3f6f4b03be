"""Editing one's own profile, with the photo upload it checks."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Expertise, Wijk

from ..models import Profile
from ..models.profiles import VISIBILITY_FIELDS
from ..services.images import (
    ACCEPT,
    MAX_PHOTO_BYTES,
    STORED_MAX_SIDE,
    TOO_LARGE,
    planned_decode,
)


class PhotoField(forms.FileField):
    """A profile photo: its size and header are checked; the service decodes it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.FileInput(attrs={"accept": ACCEPT}))
        super().__init__(**kwargs)

    def to_python(self, data):
        if data and data.size > MAX_PHOTO_BYTES:
            raise ValidationError(TOO_LARGE, code="too_large")
        uploaded = super().to_python(data)
        if uploaded is not None:
            planned_decode(uploaded, STORED_MAX_SIDE)
        return uploaded


class ProfileForm(forms.ModelForm):
    """Edit one's own profile. Expertise is a choice from the controlled
    vocabulary; the photo is checked here and stored by the service."""

    wijken = forms.ModelMultipleChoiceField(
        label=_("Wijken waar ik werk"), queryset=Wijk.objects.all(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = forms.ModelMultipleChoiceField(
        label=_("Mijn expertise"), queryset=Expertise.objects.all(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies waar collega's u over mogen benaderen."),
    )
    photo = PhotoField(
        label=_("Foto"), required=False,
        help_text=_("JPEG, PNG of WebP, hooguit 2 MB. Kies een foto waarop alleen u staat."),
    )
    remove_photo = forms.BooleanField(label=_("Huidige foto verwijderen"), required=False)

    class Meta:
        model = Profile
        fields = [
            "display_name", "function", "organisation", "bio",
            *(f"{name}_visibility" for name in VISIBILITY_FIELDS),
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            **{f"{name}_visibility": forms.RadioSelect for name in VISIBILITY_FIELDS},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance._state.adding:
            self.initial.setdefault("wijken", list(self.instance.wijken.all()))
            self.initial.setdefault("expertise", list(self.instance.expertise.all()))
        # The organisation that verified the work address, until one is chosen.
        if self.instance.organisation_id is None:
            self.initial["organisation"] = self.instance.user.organisation_id
        if not self.instance.photo:
            del self.fields["remove_photo"]
        self.fields["organisation"].empty_label = _("(geen organisatie gekozen)")

    def sections(self):
        """(field, who may see it, fields that belong with it), in page order."""
        yield self["display_name"], None, []
        for name in VISIBILITY_FIELDS:
            extra = [self["remove_photo"]] if name == "photo" and self.instance.photo else []
            yield self[name], self[f"{name}_visibility"], extra
