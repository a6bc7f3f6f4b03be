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


def export_posts(user):
    """Everything a person wrote or did in Doe mee, Praat mee, Lees mee and
    in groups: posts with their attachments, reactions, follows."""
    from .models import Comment, Follow, Participation, Post, Reaction

    return {
        "posts": [
            {"section": p.section, "title": p.title, "body": p.body, "link": p.link,
             "visibility": p.visibility, "created_at": p.created_at.isoformat(),
             "attachments": [a.original_name for a in p.attachments.all()]}
            for p in Post.objects.filter(owner=user).prefetch_related("attachments")
        ],
        "comments": [
            {"post": c.post.title, "body": c.body, "created_at": c.created_at.isoformat()}
            for c in Comment.objects.filter(author=user).select_related("post")
        ],
        "taking_part_in": list(
            Participation.objects.filter(user=user).values_list("post__title", flat=True)),
        "reactions_given": [
            {"post": title, "reaction": kind}
            for title, kind in Reaction.objects.filter(user=user).values_list("post__title", "kind")
        ],
        "following": list(Follow.objects.filter(user=user).values_list("post__title", flat=True)),
    }
