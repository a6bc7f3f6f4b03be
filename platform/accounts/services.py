"""Writes about accounts: verification of professionals and deleting an account.

Each service validates, writes in one transaction and mails the person
after the commit.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from access.tokens import forget_tokens
from taxonomy.models import Organisation

# The module, not the name: signals imports this module while it loads.
from . import mydata, onboarding, roles, signals
from .mail import absolute_path, absolute_url, mail_on_commit
from .models import VerificationRequest

Status = VerificationRequest.Status


def verify_professional(user, organisation=None):
    """Make `user` a verified professional; safe to call again.

    A pending request is closed as approved, so no beheerder decides it
    for nothing. Once the change commits, `professional_verified` is sent.
    """
    with transaction.atomic():
        user.groups.add(Group.objects.get(name=roles.PROFESSIONAL))
        user.verified_professional_at = user.verified_professional_at or timezone.now()
        if organisation is not None and user.organisation_id is None:
            user.organisation = organisation
        user.save(update_fields=["verified_professional_at", "organisation"])
        VerificationRequest.objects.filter(user=user, status=Status.PENDING).update(
            status=Status.APPROVED, decided_at=timezone.now()
        )
        transaction.on_commit(
            lambda: signals.professional_verified.send(sender=type(user), user=user))
    forget_tokens(user)


def verify_by_email_domain(user, email):
    """Verify `user` when the confirmed `email` belongs to an organisation.

    Returns the organisation, or None when the domain is not known.
    """
    organisation = Organisation.for_email(email)
    if organisation is None or user.is_professional:
        return None
    with transaction.atomic():
        verify_professional(user, organisation)
        mail_on_commit("verified_by_domain", [user.email], {
            "user": user, "organisation": organisation,
        })
    return organisation


def request_verification(user, *, organisation=None, organisation_name="", function, reason):
    """File a request to be verified; a beheerder decides it in the CMS."""
    if user.is_professional:
        raise ValidationError(_("U bent al geverifieerd als professional."))
    if not organisation and not organisation_name.strip():
        raise ValidationError(_("Kies uw organisatie uit de lijst of vul de naam in."))
    with transaction.atomic():
        if VerificationRequest.objects.filter(user=user, status=Status.PENDING).exists():
            raise ValidationError(_("U hebt al een aanvraag die in behandeling is."))
        request = VerificationRequest.objects.create(
            user=user, organisation=organisation, organisation_name=organisation_name.strip(),
            function=function, reason=reason,
        )
        mail_on_commit("verification_received", [user.email], {"request": request})
        mail_on_commit("verification_new", roles.addresses_of(roles.BEHEERDER), {
            "request": request, "admin_url": absolute_url("verificationrequest:index"),
        })
    return request


def approve_request(request, decided_by, note=""):
    """Approve a pending request: its user becomes a professional."""
    with transaction.atomic():
        request = _decide(request, decided_by, Status.APPROVED, note)
        verify_professional(request.user, request.organisation)
        mail_on_commit("verification_approved", [request.user.email], {
            "request": request, "profile_url": absolute_path(onboarding.welcome_path()),
        })
    return request


def decline_request(request, decided_by, note):
    """Decline a pending request; the note tells the requester why."""
    if not note.strip():
        raise ValidationError(_("Geef een toelichting: de aanvrager wil weten waarom."))
    with transaction.atomic():
        request = _decide(request, decided_by, Status.DECLINED, note)
        mail_on_commit("verification_declined", [request.user.email], {"request": request})
    return request


def _decide(request, decided_by, status, note):
    """Lock the request and record the decision; refuse a decided one."""
    # Lock only the request row: PostgreSQL cannot lock the nullable side
    # of the outer join to the organisation.
    request = (
        VerificationRequest.objects.select_for_update(of=("self",))
        .select_related("user", "organisation").get(pk=request.pk)
    )
    if request.status != Status.PENDING:
        raise ValidationError(_("Over deze aanvraag is al besloten."))
    request.status = status
    request.decided_at = timezone.now()
    request.decided_by = decided_by
    request.decision_note = note.strip()
    request.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    return request


def delete_account(user, by_platform=False):
    """Erase what the apps store about `user`, then the account itself.

    `by_platform`: a beheerder deleted it in the CMS, so the goodbye mail
    says the platform did it, not the owner.
    """
    email = user.email
    with transaction.atomic():
        mydata.erase_for(user)
        user.delete()
        mail_on_commit("account_deleted", [email], {"by_platform": by_platform})
