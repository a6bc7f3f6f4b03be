"""Mijn netwerk: finding colleagues, and reaching them through the platform.

A field someone keeps to themselves ("Alleen ik") is not only left off the
page: no filter and no search word may match it either, or trying values one
by one would reveal it. Every condition here therefore holds only where its
field is visible to the viewer, decided by the same access tokens as the
profile page.

Contact messages are mailed, never stored, so "Mijn gegevens" has nothing to
export from this module.
"""

from typing import NamedTuple

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from access.tokens import tokens_for
from access.visibility import token_for
from core.mail import absolute_url, mail_on_commit

from ..models import FieldVisibility, Profile

CONTACT_MAIL = "community/email/contact"
# The limiter's action; its rate ("10/h/user") sits in ACCOUNT_RATE_LIMITS
# with every other limit of the site.
CONTACT_RATE_ACTION = "contact_profile"
# More words than this only make the query longer, not the answer better.
MAX_SEARCH_WORDS = 8


class ProfileCard(NamedTuple):
    """One search result: the profile and the names of the fields the viewer sees."""

    profile: Profile
    visible: frozenset


def network_profiles(viewer):
    """The profiles `viewer` may find, sorted by name: active verified
    professionals, without the ones a moderator hid (Profile.objects.visible_to).
    """
    return (
        Profile.objects.visible_to(viewer)
        .select_related("organisation").prefetch_related("wijken", "expertise")
        .order_by(Lower("display_name"), "pk")
    )


def contactable_profiles(sender):
    """The profiles `sender` may write to: never their own. Narrow it further
    with visible_to(sender), which also leaves out the ones a moderator hid."""
    return Profile.objects.exclude(user_id=sender.pk).select_related("user")


def cards(profiles, viewer):
    """The loaded `profiles` with the fields `viewer` may see on each."""
    return [ProfileCard(profile, profile.visible_fields_for(viewer)) for profile in profiles]


def field_shown(field, viewer):
    """A Q for the profiles whose `field` the viewer may see.

    The query twin of Profile.visible_fields_for: the owner sees every field,
    anyone else only a field whose visibility needs a token they hold.
    """
    tokens = tokens_for(viewer)
    levels = [level for level in FieldVisibility.values if token_for(level) in tokens]
    return Q(**{f"{field}_visibility__in": levels}) | Q(user_id=viewer.pk)


def _with_expertise(**lookup):
    # A subquery, so a profile with several matching terms appears once.
    lookup = {f"expertise__{key}": value for key, value in lookup.items()}
    return Q(pk__in=Profile.objects.filter(**lookup).values("pk"))


def _in_wijk(wijk):
    return Q(pk__in=Profile.objects.filter(wijken=wijk).values("pk"))


# Filter name -> (the profile field it reads, the condition on that field).
FIELD_FILTERS = {
    "expertise": ("expertise", lambda term: _with_expertise(pk=term.pk)),
    "soort": ("organisation", lambda kind: Q(organisation__type=kind)),
    "functie": ("function", lambda text: Q(function__icontains=text)),
    "wijk": ("wijken", _in_wijk),
}


def filter_condition(name, value, viewer):
    """The Q for one filter of the network page (see FIELD_FILTERS and "zoek")."""
    if name == "zoek":
        return text_condition(value, viewer)
    field, condition = FIELD_FILTERS[name]
    return condition(value) & field_shown(field, viewer)


def text_condition(text, viewer):
    """Every word of `text` in the name or in a visible function, organisation
    name, bio or expertise."""
    condition = Q()
    for word in text.split()[:MAX_SEARCH_WORDS]:
        condition &= (
            Q(display_name__icontains=word)
            | (Q(function__icontains=word) & field_shown("function", viewer))
            | (Q(organisation__name__icontains=word) & field_shown("organisation", viewer))
            | (Q(bio__icontains=word) & field_shown("bio", viewer))
            | (_with_expertise(name__icontains=word) & field_shown("expertise", viewer))
        )
    return condition


def send_contact_message(sender, recipient_profile, subject, message):
    """Mail a "Neem contact op" message to the recipient, from the platform.

    Neither address is disclosed: the mail comes from the platform's own
    address without a Reply-To, and the recipient answers through the
    sender's profile. The form ran the privacy guard over the text; the
    view checked that the sender may see the recipient (404 otherwise).
    """
    if not sender.is_professional:
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen collega's een "
                                 "bericht sturen."))
    if Profile.objects.filter(user=sender, hidden_at__isnull=False).exists():
        # The recipient would be sent to a profile that answers 404.
        raise PermissionDenied(_("Een moderator heeft uw profiel verborgen. U kunt nu geen "
                                 "berichten sturen."))
    if recipient_profile.user_id == sender.pk:
        raise ValidationError(_("U kunt uzelf geen bericht sturen."))
    mail_on_commit(CONTACT_MAIL, [recipient_profile.user.email], {
        "recipient_name": recipient_profile.display_name,
        "sender_name": Profile.objects.for_user(sender).display_name,
        "sender_url": absolute_url("profile_detail", sender.pk),
        "subject": subject.strip(),
        "message": message.strip(),
    })
