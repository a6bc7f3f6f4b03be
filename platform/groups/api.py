"""What other packages may ask about groups, without touching community.

Inactive accounts are treated as anonymous: they belong to no group and
manage none, whatever rows remain.
"""

from django.db.models import Q

from .models import CommunityGroup, Membership

MANAGING_ROLES = (Membership.Role.OWNER, Membership.Role.MANAGER)


def _is_active_account(user):
    return getattr(user, "is_authenticated", False) and user.is_active


def group_ids_for(user):
    """Ids of the groups this user is a member of (any role); one query."""
    if not _is_active_account(user):
        return frozenset()
    return frozenset(Membership.objects.filter(user=user).values_list("group_id", flat=True))


def is_member(user, group):
    """Whether `user` is a member of `group` in any role."""
    if not _is_active_account(user):
        return False
    return Membership.objects.filter(user=user, group=group).exists()


def manages(user, group):
    """Owners and managers manage a group."""
    if not _is_active_account(user):
        return False
    return Membership.objects.filter(user=user, group=group, role__in=MANAGING_ROLES).exists()


def groups_visible_to(user):
    """Open and closed groups for everyone; secret groups only for members.

    A secret group a user may not see does not exist for them: look groups
    up through this queryset and answer 404 otherwise. One query.
    """
    groups = CommunityGroup.objects.all()
    not_secret = ~Q(visibility=CommunityGroup.Visibility.SECRET)
    if not _is_active_account(user):
        return groups.filter(not_secret)
    own = Membership.objects.filter(user=user).values("group_id")
    return groups.filter(not_secret | Q(pk__in=own))
