"""What other packages may ask about groups, without touching community."""

from .models import CommunityGroup, Membership


def group_ids_for(user):
    """Ids of the groups this user is a member of (any role)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    return frozenset(Membership.objects.filter(user=user).values_list("group_id", flat=True))


def is_member(user, group):
    return group.pk in group_ids_for(user)


def manages(user, group):
    """Owners and managers manage a group."""
    if not getattr(user, "is_authenticated", False):
        return False
    return Membership.objects.filter(
        user=user, group=group,
        role__in=[Membership.Role.OWNER, Membership.Role.MANAGER],
    ).exists()


def groups_visible_to(user):
    """Open and closed groups for everyone; secret groups only for members."""
    return CommunityGroup.objects.exclude(
        visibility=CommunityGroup.Visibility.SECRET
    ) | CommunityGroup.objects.filter(pk__in=group_ids_for(user))
