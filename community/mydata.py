"""What the community pillar stores about a person, for 'my data': one
exporter per kind, registered in CommunityConfig.ready(). (Contact messages
are mailed, never stored, so the network has nothing to export.)"""

from django.db.models import Q

from groups.models import Membership

from .models import (
    Action,
    Comment,
    Follow,
    JoinRequest,
    Participation,
    Post,
    Profile,
    Reaction,
    Report,
)
from .models.moderation import KIND_WORDS
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


def export_actions(user):
    """The actions assigned to, added by or reported to `user`."""
    actions = Action.objects.filter(
        Q(assignee=user) | Q(owner=user) | Q(report_to=user)
    ).select_related("assignee", "report_to", "owner", "access_group").order_by("due_date", "pk")
    return [_exported(action) for action in actions]


def _exported(action):
    def name(person):
        return person.get_full_name() if person else None

    return {
        "group": action.access_group.name, "description": action.description,
        "assignee": name(action.assignee), "report_to": name(action.report_to),
        "added_by": name(action.owner), "due_date": action.due_date.isoformat(),
        "status": action.status, "created_at": action.created_at.isoformat(),
        "done_at": action.done_at.isoformat() if action.done_at else None,
    }


def export_memberships(user):
    """The groups a person is in, and their join requests."""
    return {
        "groups": [
            {"group": m.group.name, "role": m.role, "joined_at": m.joined_at.isoformat()}
            for m in Membership.objects.filter(user=user).select_related("group")
        ],
        "join_requests": [
            {"group": r.group.name, "message": r.message, "status": r.status,
             "created_at": r.created_at.isoformat()}
            for r in JoinRequest.objects.filter(user=user).select_related("group")
        ],
    }


def export_reports(user):
    """The reports `user` made; never who handled them."""
    return [
        {"date": item.created_at.isoformat(), "about": str(KIND_WORDS[item.kind]),
         "reason": item.get_reason_display(), "explanation": item.explanation,
         "status": item.get_status_display(), "outcome": item.outcome}
        for item in Report.objects.filter(reporter=user)
    ]
