"""Reactions to allauth's signals."""

# allauth has no public way to add an authentication record (it offers only
# reading them: allauth.account.authentication). pyproject pins allauth's
# minor version for this import; accounts/tests/test_allauth_contract.py
# fails when it moves or stops recording what the MFA rule reads.
from allauth.account.internal.flows.login import record_authentication
from allauth.account.signals import email_confirmed, user_logged_in
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.contrib import messages
from django.dispatch import Signal, receiver
from django.utils.translation import gettext as _

from access.tokens import forget_tokens

from . import onboarding, roles, services

# Sent once a verification has committed, with `user`: other apps let the
# new professional in where they were waiting (a group's invitation).
professional_verified = Signal()


@receiver(email_confirmed, dispatch_uid="accounts.verify_by_confirmed_email")
def verify_by_confirmed_email(sender, request, email_address, **kwargs):
    """An address at an organisation's domain proves one works there; the new
    professional is then asked to complete the profile."""
    if services.verify_by_email_domain(email_address.user, email_address.email):
        onboarding.mark_first_visit(request)


@receiver(user_logged_in, dispatch_uid="accounts.tell_visitor_how_to_verify")
def tell_visitor_how_to_verify(sender, request, user, **kwargs):
    """Visitors see straight away that they cannot post yet, and why. Eddies
    are no visitors: their work is in the CMS, not in the community."""
    forget_tokens(user)
    if not user.is_professional and not user.has_role(roles.EDDIE):
        messages.info(request, _(
            "U bent ingelogd, maar nog niet geverifieerd als professional. Daarom kunt u nog "
            "niet meedoen in groepen en discussies. Hoe u verificatie aanvraagt, leest u op de "
            "pagina 'Verificatie als professional'."
        ))


@receiver(authenticator_added, dispatch_uid="accounts.record_fresh_mfa")
def record_fresh_mfa(sender, request, user, authenticator, **kwargs):
    """Activating an authenticator app needs a valid code from it, so this
    session has just passed the second factor."""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, "mfa", id=authenticator.pk, type="totp")
