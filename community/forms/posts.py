"""The composer for posts (with the privacy guard built in), reactions, and
the filters above the post lists."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from access.visibility import Visibility
from core.fields import HttpsURLField
from core.listing import ListingFilterForm, thema_filter, wijk_filter
from privacy.forms import PrivacyGuardedForm
from taxonomy.models import Thema, Wijk

from ..models import Post, Section
from ..services.attachments import ACCEPT, MAX_DECODED_PIXELS, MAX_FILES, examined


def thema_checkboxes():
    """Optional thema's to tick, for whatever professionals write or start."""
    return forms.ModelMultipleChoiceField(Thema.objects.all(), required=False,
                                          widget=forms.CheckboxSelectMultiple,
                                          label=_("Thema's"))


def wijk_checkboxes():
    """Optional wijken to tick."""
    return forms.ModelMultipleChoiceField(Wijk.objects.all(), required=False,
                                          widget=forms.CheckboxSelectMultiple,
                                          label=_("Wijken"))


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to MAX_FILES images or PDFs, checked by content (services.attachments);
    cleans to a list of CheckedFile."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if len(files) > MAX_FILES:
            raise ValidationError(_("U kunt hooguit %(max)s bestanden toevoegen."),
                                  params={"max": MAX_FILES})
        uploads = [examined(super(AttachmentsField, self).clean(f, initial)) for f in files]
        if sum(upload.decoded_pixels for upload in uploads) > MAX_DECODED_PIXELS:
            raise ValidationError(_("Samen hebben de afbeeldingen te veel pixels. Voeg minder "
                                    "afbeeldingen toe, of verklein ze."))
        return [upload.checked() for upload in uploads]


class PostForm(PrivacyGuardedForm, forms.ModelForm):
    """Title, text, thema's, wijken and attachments; a link in Lees mee, a
    deadline in Doe mee. In a group, who may read it depends on the group."""

    guarded_fields = ("title", "body", "attachment_description")

    body = forms.CharField(
        label=_("Tekst"), widget=forms.Textarea(attrs={"rows": 8}), max_length=20000,
        help_text=_("Lege regel voor een nieuwe alinea; links worden vanzelf klikbaar."),
        error_messages={"required": _("Schrijf een tekst.")},
    )
    visibility = forms.ChoiceField(
        label=_("Wie mag dit lezen?"), widget=forms.RadioSelect,
        choices=[(Visibility.PROFESSIONALS, _("Alle professionals")),
                 (Visibility.PUBLIC, _("Iedereen, ook ouders en jongeren"))],
        initial=Visibility.PROFESSIONALS,
    )
    themas = thema_checkboxes()
    wijken = wijk_checkboxes()
    attachments = AttachmentsField(
        label=_("Bijlagen (niet verplicht)"),
        help_text=_("Afbeeldingen (JPEG, PNG, WebP, tot 5 MB) of pdf (tot 10 MB), hooguit 5."),
    )
    attachment_description = forms.CharField(
        label=_("Wat staat er in de bijlagen?"), required=False, max_length=200,
        help_text=_("Een korte omschrijving, ook voor wie de afbeelding niet kan zien."),
    )

    class Meta:
        model = Post
        fields = ["title", "body", "link", "deadline", "visibility", "themas", "wijken"]
        field_classes = {"link": HttpsURLField}
        # An <input type="date"> only takes ISO dates, whatever the locale.
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        error_messages = {"title": {"required": _("Geef uw bericht een titel.")}}

    def __init__(self, *args, section, group=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.section = section
        # The model's own checks (a group post needs its group) run while the
        # form validates, so the instance knows where it stands from the start.
        self.instance.section = section
        self.instance.access_group = group
        if section != Section.LEES_MEE:
            del self.fields["link"]
        if section != Section.DOE_MEE:
            del self.fields["deadline"]
        if group is not None:
            self._readers_in(group)

    def _readers_in(self, group):
        """A closed or secret group's posts are for its members; an open group
        may also write for all professionals."""
        if group.content_is_members_only:
            del self.fields["visibility"]
            return
        self.fields["visibility"].choices = [
            (Visibility.GROUP, _("Alleen de leden van deze groep")),
            (Visibility.PROFESSIONALS, _("Alle professionals")),
        ]
        self.fields["visibility"].initial = Visibility.GROUP

    def clean(self):
        data = super().clean()
        if data.get("attachments") and not data.get("attachment_description", "").strip():
            self.add_error("attachment_description",
                           _("Beschrijf kort wat er in de bijlagen staat."))
        return data


class CommentForm(PrivacyGuardedForm):
    """A reaction, or a reply to one (`parent`), checked by the privacy guard."""

    guarded_fields = ("body",)

    body = forms.CharField(label=_("Uw reactie"), widget=forms.Textarea(attrs={"rows": 4}),
                           max_length=5000,
                           error_messages={"required": _("Schrijf eerst uw reactie.")})
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class PostFilterForm(ListingFilterForm):
    """Thema, wijk, "only mine" and "only what I follow"."""

    thema = thema_filter()
    wijk = wijk_filter()
    mijn = forms.BooleanField(label=_("Alleen mijn berichten"), required=False)
    volg = forms.BooleanField(label=_("Alleen berichten die ik volg"), required=False)
    lookups = {"thema": "themas", "wijk": "wijken"}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.is_authenticated:
            del self.fields["mijn"]
            del self.fields["volg"]

    def narrow(self, queryset, name, value):
        if name == "mijn":
            return queryset.filter(owner=self.user)
        if name == "volg":
            return queryset.filter(follows__user=self.user)
        return super().narrow(queryset, name, value)
