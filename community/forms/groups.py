"""Forms for groups: starting or editing one, asking to join, inviting, and
the filters above the list. The services in services/groups.py do the writes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, thema_filter, wijk_filter
from groups.models import CommunityGroup
from privacy.forms import PrivacyGuardedForm

from .posts import thema_checkboxes, wijk_checkboxes


class GroupForm(PrivacyGuardedForm, forms.ModelForm):
    """Name, description, thema's, wijken, who sees the group and how one joins.

    The description is read by everyone who finds the group, so the privacy
    guard checks it like a post.
    """

    guarded_fields = ("name", "description")

    themas = thema_checkboxes()
    wijken = wijk_checkboxes()

    class Meta:
        model = CommunityGroup
        fields = ["name", "description", "themas", "wijken", "visibility", "join_policy"]
        labels = {"name": _("Naam van de groep"), "description": _("Waar werkt de groep aan?"),
                  "visibility": _("Wie ziet de groep?"), "join_policy": _("Hoe wordt iemand lid?")}
        help_texts = {
            "join_policy": _("Een geheime groep kan alleen op uitnodiging: niemand anders weet "
                             "dat hij bestaat."),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 5}),
                   "visibility": forms.RadioSelect, "join_policy": forms.RadioSelect}
        error_messages = {"name": {"required": _("Geef de groep een naam.")}}


class JoinRequestForm(PrivacyGuardedForm):
    """Asking to join: a short message to the group's managers."""

    guarded_fields = ("message",)

    message = forms.CharField(
        label=_("Uw bericht aan de beheerders"), max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Vertel kort wie u bent en waarom u mee wilt doen."),
        error_messages={"required": _("Schrijf kort waarom u lid wilt worden.")},
    )


class InvitationForm(forms.Form):
    """One email address to invite; the person needs no account yet."""

    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Heeft deze persoon nog geen account? Met de link in de e-mail maakt hij of "
                    "zij er een aan."),
        error_messages={"required": _("Vul een e-mailadres in."),
                        "invalid": _("Vul een geldig e-mailadres in, zoals naam@school.nl.")},
    )


class GroupFilterForm(ListingFilterForm):
    """Thema and wijk above the list of groups one can join."""

    thema = thema_filter()
    wijk = wijk_filter()
    lookups = {"thema": "themas", "wijk": "wijken"}
