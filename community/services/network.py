"""Mijn netwerk: reaching a colleague through the platform.

Finding colleagues is a read: Profile.objects.in_network() and .matching()
in models/profiles.py, where a field someone keeps to themselves is never
matched either. Contact messages are mailed, never stored, so "Mijn
gegevens" has nothing to export from this module.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from core.mail import absolute_url, mail_on_commit

from ..models import Profile

CONTACT_MAIL = "community/email/contact"
# The limiter's action; its rate ("10/h/user") sits in ACCOUNT_RATE_LIMITS
# with every other limit of the site.
CONTACT_RATE_ACTION = "contact_profile"


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
