"""What the community pillar stores about a person, for 'my data'."""

from .models import Profile
from .models.profiles import VISIBILITY_FIELDS


def export_profile(user):
    """The whole profile, with names instead of ids; None without one."""
    profile = (
        Profile.objects.select_related("organisation")
        .prefetch_related("wijken", "expertise").filter(user=user).first()
    )
    if profile is None:
        return None
    return {
        "display_name": profile.display_name,
        "function": profile.function,
        "organisation": profile.organisation.name if profile.organisation else None,
        "wijken": [wijk.name for wijk in profile.wijken.all()],
        "expertise": sorted(term.name for term in profile.expertise.all()),
        "bio": profile.bio,
        "photo": profile.photo.name or None,
        "visibility": {
            name: getattr(profile, f"{name}_visibility") for name in VISIBILITY_FIELDS
        },
        "updated_at": profile.updated_at.isoformat(),
    }
