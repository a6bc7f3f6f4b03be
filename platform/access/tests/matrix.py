"""The roles and kinds of note the access tests cross with each other."""

from groups.models import CommunityGroup

ROLES = (
    "anonymous", "visitor", "professional", "member", "manager",
    "moderator", "beheerder", "inactive",
)
NOTE_KINDS = (
    "public", "professionals", "open_group", "closed_group", "secret_group",
    "own_private", "others_private",
)
GROUP_NOTES = {
    "open_group": CommunityGroup.Visibility.OPEN,
    "closed_group": CommunityGroup.Visibility.CLOSED,
    "secret_group": CommunityGroup.Visibility.SECRET,
}
