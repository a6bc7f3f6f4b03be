"""Writes on groups: starting one, joining, requests, invitations, roles.

Views call these. Each checks who may do it, writes in one transaction and
notifies (the centre, and mail as each reader chose) or, for an address
without an account, mails on commit. Whoever gains or loses a membership has their cached access
tokens forgotten, so the page after the change shows the right content.
Refusals are ValidationErrors with a Dutch message; an action someone may
not take at all is a PermissionDenied.
"""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Case, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from access.tokens import forget_tokens
from access.visibility import NOBODY_TOKEN, group_token, user_token
from accounts import roles
from core.mail import absolute_url, mail_on_commit
from core.slugs import save_with_unique_slug, slug_base
from groups.api import MANAGING_ROLES, manages
from groups.models import CommunityGroup, Membership
from notifications.models import Kind, Notification
from notifications.services import notify
from realtime import events

from ..models import Invitation, JoinRequest, Profile
from ..models.groups import INVITATION_DAYS

Visibility = CommunityGroup.Visibility
JoinPolicy = CommunityGroup.JoinPolicy
Role = Membership.Role
Status = JoinRequest.Status

# Paths under /groepen/ that are pages, not groups.
RESERVED_SLUGS = frozenset({"nieuw", "uitnodiging"})
SLUG_BASE_LENGTH = 40
GROUP_FIELDS = ("name", "description", "visibility", "join_policy")


def create_group(user, data):
    """Start a group from cleaned form data; its creator becomes the owner.

    The slug comes from the name and stays when the name changes later, so
    links to the group keep working (except when a group turns secret).
    """
    _require_professional(user)
    with transaction.atomic():
        group = CommunityGroup()
        _set_fields(group, data)
        _save_with_new_slug(group)
        _set_terms(group, data)
        Membership.objects.create(group=group, user=user, role=Role.OWNER)
    forget_tokens(user)
    return group


def update_group(user, group, data):
    """Change name, description, thema's, wijken, visibility or join policy.

    Turning a group closed or secret hides its content from non-members at
    once: the access model reads the group's visibility on every query.
    """
    _require_manager(user, group)
    with transaction.atomic():
        # Compared with the stored row: `group` may be a form's instance that
        # holds the new visibility already.
        stored = CommunityGroup.objects.select_for_update().only("visibility").get(pk=group.pk)
        turns_secret = (data["visibility"] == Visibility.SECRET
                        and stored.visibility != Visibility.SECRET)
        _set_fields(group, data)
        if turns_secret:
            _save_with_new_slug(group)
        else:
            _validated_save(group)
        _set_terms(group, data)
    return group


def _set_fields(group, data):
    for name in GROUP_FIELDS:
        setattr(group, name, data[name])
    _check_policy(group)


def _set_terms(group, data):
    group.themas.set(data.get("themas", []))
    group.wijken.set(data.get("wijken", []))


def _check_policy(group):
    if group.visibility == Visibility.SECRET and group.join_policy != JoinPolicy.INVITATION:
        raise ValidationError({"join_policy": _(
            "Bij een geheime groep kan iemand alleen lid worden op uitnodiging: niemand anders "
            "weet dat de groep bestaat. Kies 'Alleen op uitnodiging'.")})


def _validated_save(group):
    # The slug is left to the database's unique constraint: a check here
    # could not see a group of the same name being saved at this moment.
    group.full_clean(exclude=["slug"])
    group.save()


def _save_with_new_slug(group):
    """Save the group with a new address made from its name, never one of the
    pages under /groepen/. A secret group's ends in a random part, so nobody
    can tell from a "-2" on their own group's address that a secret group of
    that name exists. (A group that turns secret gets such an address.)"""
    base = slug_base(group.name, max_length=SLUG_BASE_LENGTH, fallback="groep")
    if group.visibility == Visibility.SECRET:
        base = f"{base}-{secrets.token_hex(4)}"
    save_with_unique_slug(group, base, reserved=RESERVED_SLUGS,
                          save=lambda: _validated_save(group))


def join_group(user, group):
    """Become a member of a group that admits directly."""
    _require_professional(user)
    if group.join_policy != JoinPolicy.DIRECT:
        raise ValidationError(_("Bij deze groep kunt u niet direct lid worden."))
    with transaction.atomic():
        _refuse_member(group, user)
        membership = _ensure_member(group, user)
    return membership


def request_to_join(user, group, message):
    """Ask to join a group that admits by request; its managers are told."""
    _require_professional(user)
    if group.join_policy != JoinPolicy.REQUEST:
        raise ValidationError(_("Bij deze groep kunt u geen lidmaatschap aanvragen."))
    with transaction.atomic():
        _refuse_member(group, user)
        if JoinRequest.objects.filter(group=group, user=user, status=Status.PENDING).exists():
            raise ValidationError(_("U hebt al een aanvraag gedaan. De beheerders beslissen "
                                    "daar nog over."))
        try:
            with transaction.atomic():
                join_request = JoinRequest.objects.create(group=group, user=user,
                                                          message=message.strip())
        except IntegrityError:  # the same request sent twice at the same moment
            raise ValidationError(_("U hebt al een aanvraag gedaan. De beheerders beslissen "
                                    "daar nog over.")) from None
        # The requests page is for the group's managers, who are members:
        # the group's token keeps it from anyone who is not (any more).
        notify(_managers(group), Kind.JOIN_REQUEST,
               text=_('%(name)s vraagt of hij of zij lid mag worden van "%(group)s"')
               % {"name": Profile.objects.for_user(user).display_name, "group": group.name},
               url=reverse("group_requests", args=[group.slug]), token=group_token(group.pk),
               subject=join_request_subject(join_request), group=group,
               mail_template="community/email/group_join_request",
               mail_context={"join_request": join_request, "group": group,
                             "url": absolute_url("group_requests", group.slug)})
    return join_request


def join_request_subject(join_request):
    return f"joinrequest-{join_request.pk}"


def decide_join_request(manager, join_request, approve):
    """Approve (the requester becomes a member) or decline; the requester is
    told either way. A request that was decided already is refused."""
    group = join_request.group
    _require_manager(manager, group)
    with transaction.atomic():
        join_request = JoinRequest.objects.select_for_update().select_related("user").get(
            pk=join_request.pk)
        if join_request.status != Status.PENDING:
            raise ValidationError(_("Over deze aanvraag is al besloten."))
        if approve and not join_request.user.is_professional:
            raise ValidationError(_("Deze persoon is geen geverifieerde professional meer en "
                                    "kan daarom geen lid worden. Wijs de aanvraag af."))
        join_request.status = Status.APPROVED if approve else Status.DECLINED
        join_request.decided_by = manager
        join_request.decided_at = timezone.now()
        join_request.save(update_fields=["status", "decided_by", "decided_at"])
        if approve:
            _ensure_member(group, join_request.user)
        # Decided: the request leaves every manager's notification centre.
        events.retoken({join_request_subject(join_request): NOBODY_TOKEN})
        template = "group_request_approved" if approve else "group_request_declined"
        decided_by = Profile.objects.for_user(manager).display_name
        if approve:
            text = _('%(name)s keurde uw aanvraag goed: u bent lid van "%(group)s"')
        else:
            text = _('%(name)s keurde uw aanvraag voor "%(group)s" niet goed')
        requester = join_request.user
        notify([requester], Kind.JOIN_DECISION,
               text=text % {"name": decided_by, "group": group.name},
               url=reverse("group_detail", args=[group.slug]), token=user_token(requester.pk),
               group=group, mail_template=f"community/email/{template}",
               mail_context={"group": group, "url": absolute_url("group_detail", group.slug),
                             "decided_by": decided_by})
    return join_request


def invite(manager, group, email):
    """Invite someone by email address, with or without an account: someone
    with an account is notified (mail as they chose), an address without one
    is mailed."""
    _require_manager(manager, group)
    email = email.strip().lower()
    with transaction.atomic():
        if Membership.objects.filter(group=group, user__email__iexact=email).exists():
            raise ValidationError({"email": _("Wie dit e-mailadres heeft, is al lid van de "
                                              "groep.")})
        open_ones = Invitation.objects.filter(group=group, email=email, accepted_at=None)
        open_ones.filter(created_at__lte=timezone.now() - timedelta(days=INVITATION_DAYS)).delete()
        if open_ones.exists():
            raise ValidationError({"email": _("Dit e-mailadres is al uitgenodigd. De "
                                              "uitnodiging is nog niet gebruikt.")})
        invitation = Invitation.objects.create(group=group, email=email, invited_by=manager)
        context = {"group": group, "inviter": manager,
                   "url": absolute_url("group_invitation", invitation.key)}
        invitee = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if invitee is None:
            mail_on_commit("community/email/group_invitation", [email], context)
        else:
            # Personal: the link holds the invitation's key, for this reader only.
            notify([invitee], Kind.INVITATION,
                   text=_('%(name)s nodigt u uit voor de groep "%(group)s"')
                   % {"name": Profile.objects.for_user(manager).display_name,
                      "group": group.name},
                   url=reverse("group_invitation", args=[invitation.key]),
                   token=user_token(invitee.pk), group=group,
                   mail_template="community/email/group_invitation", mail_context=context)
    return invitation


def accept_invitation(user, invitation):
    """The invited person becomes a member.

    Any verified professional who opens the link may accept, whatever their
    address: the key in the link is the secret, and someone may well sign up
    with another address than the one a colleague knew. An invitation is
    used once; a member who accepts just uses it up.
    """
    _require_professional(user)
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise ValidationError(_("Deze uitnodiging is al gebruikt."))
        if invitation.has_expired:
            raise ValidationError(_("Deze uitnodiging is verlopen. Vraag de beheerder van de "
                                    "groep om een nieuwe."))
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        _ensure_member(invitation.group, user)
    return invitation


def accept_invitations_for(user):
    """Accept the open invitations to any of the user's confirmed addresses;
    for someone who was invited before they were verified. Returns how many."""
    addresses = EmailAddress.objects.filter(user=user, verified=True).values_list(
        "email", flat=True)
    invitations = list(Invitation.objects.filter(
        email__in=[address.lower() for address in addresses], accepted_at=None,
        created_at__gt=timezone.now() - timedelta(days=INVITATION_DAYS)))
    for invitation in invitations:
        accept_invitation(user, invitation)
    return len(invitations)


def withdraw_invitation(manager, invitation):
    """A manager takes back an invitation that has not been used; its link
    stops working."""
    _require_manager(manager, invitation.group)
    with transaction.atomic():
        deleted, _details = Invitation.objects.filter(pk=invitation.pk,
                                                      accepted_at=None).delete()
    if not deleted:
        raise ValidationError(_("Deze uitnodiging is al gebruikt."))


def leave_group(user, group):
    """Leave a group. The only owner must first make someone else owner, so a
    group always has someone who can manage it."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(
            group=group, user=user).first()
        if membership is None:
            raise ValidationError(_("U bent geen lid van deze groep."))
        if membership.role == Role.OWNER and not _other_owners(membership).exists():
            raise ValidationError(_("U bent de eigenaar van deze groep. Maak eerst een ander lid "
                                    "eigenaar; daarna kunt u de groep verlaten."))
        membership.delete()
    forget_tokens(user)


def remove_member(manager, membership):
    """A manager takes someone out of the group; never the owner."""
    _require_manager(manager, membership.group)
    with transaction.atomic():
        locked = _locked(membership)
        if locked.role == Role.OWNER:
            raise ValidationError(_("De eigenaar kan niet uit de groep worden gehaald."))
        locked.delete()
    forget_tokens(membership.user)


def set_role(manager, membership, role):
    """Make a member manager, or a manager member again (the owner stays owner)."""
    _require_manager(manager, membership.group)
    if role not in (Role.MEMBER, Role.MANAGER):
        raise ValidationError(_("Kies 'Lid' of 'Beheerder van de groep'."))
    with transaction.atomic():
        locked = _locked(membership)
        if locked.role == Role.OWNER:
            raise ValidationError(_("De rol van de eigenaar verandert alleen door het "
                                    "eigenaarschap over te dragen."))
        locked.role = role
        locked.save(update_fields=["role"])
        if role == Role.MEMBER:
            # Join requests are for managers: a member no longer decides them.
            Notification.objects.filter(recipient=locked.user_id, group=locked.group,
                                        kind=Kind.JOIN_REQUEST).delete()
    return locked


def _locked(membership):
    """The membership as it is now, locked: a transfer of ownership running at
    the same moment must not be overwritten or deleted."""
    return Membership.objects.select_for_update().get(pk=membership.pk)


def transfer_ownership(owner, membership):
    """The owner makes another member owner and becomes a manager."""
    group = membership.group
    with transaction.atomic():
        current = Membership.objects.select_for_update().filter(
            group=group, user=owner, role=Role.OWNER).first()
        if current is None or not owner.is_professional:
            raise PermissionDenied(_("Alleen de eigenaar kan het eigenaarschap overdragen."))
        if membership.pk == current.pk:
            raise ValidationError(_("U bent al de eigenaar."))
        if not membership.user.is_professional:
            raise ValidationError(_("Alleen een geverifieerde professional kan eigenaar worden."))
        current.role = Role.MANAGER
        current.save(update_fields=["role"])
        membership.role = Role.OWNER
        membership.save(update_fields=["role"])
    return membership


def hand_over_groups(user):
    """Before an account goes: each group it owns alone passes to its longest
    serving manager, or else its longest serving member, so no group is left
    without someone who can manage it. A group with no one else stays as it is."""
    with transaction.atomic():
        for owned in Membership.objects.select_for_update().filter(user=user, role=Role.OWNER):
            if _other_owners(owned).exists():
                continue
            heir = (Membership.objects.filter(group=owned.group).exclude(user=user)
                    .order_by(Case(When(role=Role.MANAGER, then=0), default=1), "joined_at",
                              "pk").first())
            if heir is not None:
                heir.role = Role.OWNER
                heir.save(update_fields=["role"])


def _ensure_member(group, user):
    """The user's membership; a new plain one when they had none (someone
    invited who also asked to join is simply a member)."""
    membership, _created = Membership.objects.get_or_create(
        group=group, user=user, defaults={"role": Role.MEMBER})
    forget_tokens(user)
    return membership


def _refuse_member(group, user):
    if Membership.objects.filter(group=group, user=user).exists():
        raise ValidationError(_("U bent al lid van deze groep."))


def _other_owners(membership):
    return Membership.objects.filter(group=membership.group, role=Role.OWNER).exclude(
        pk=membership.pk)


def _managers(group):
    return get_user_model().objects.filter(pk__in=Membership.objects.filter(
        group=group, role__in=MANAGING_ROLES, user__is_active=True,
        user__groups__name=roles.PROFESSIONAL,
    ).values("user_id"))


def _require_professional(user):
    if not user.is_professional:
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen meedoen in "
                                 "groepen."))


def _require_manager(user, group):
    _require_professional(user)
    if not manages(user, group):
        raise PermissionDenied(_("Alleen de beheerders van de groep kunnen dit doen."))
