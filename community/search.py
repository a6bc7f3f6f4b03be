"""What the community makes findable through the one search service.

Registered from CommunityConfig.ready(): posts ("bericht"), comments
("reactie"), groups ("groep") and colleagues' profiles ("persoon"). Each
document carries the one access token of its object and only text every
holder of that token may read:

- a post or comment needs the post's token (a closed or secret group
  narrows it to its members; a hidden post is not findable at all);
- a secret group is found only by its members, open and closed groups by
  every professional, as in the group list (groups.api.groups_visible_to
  behind the professionals-only pages);
- a profile is found by professionals, with only the fields its owner
  shares with all professionals: a field kept to "Alleen ik" is nowhere in
  the document, not in its text and not in its facets.

The triggers keep the index in step with changes elsewhere that alter a
document or its token: a group's visibility, a post hidden or restored, an
account blocked or losing the professional role, expertise tags, wijken;
a thema, wijk, expertise or organisation renamed or deleted.
"""

import html
import re

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from access.tokens import index_tokens
from access.visibility import NOBODY_TOKEN, PROFESSIONALS_TOKEN, group_token
from accounts import roles
from groups.models import CommunityGroup
from search.documents import Document
from search.registry import SearchableType, register_trigger, register_type
from taxonomy.models import Expertise, Organisation, TaggedExpertise, Thema, Wijk

from .models import Comment, FieldVisibility, Post, Profile, Section

POST, COMMENT, GROUP, PERSON = "bericht", "reactie", "groep", "persoon"
GROUP_KINDS = {
    CommunityGroup.Visibility.OPEN: gettext_lazy("Open groep"),
    CommunityGroup.Visibility.CLOSED: gettext_lazy("Besloten groep"),
    CommunityGroup.Visibility.SECRET: gettext_lazy("Geheime groep"),
}
_SPACE = re.compile(r"\s+")


def plain_text(markup):
    """Sanitised HTML as plain text; tags become spaces so that the words of
    two paragraphs do not run together."""
    text = strip_tags((markup or "").replace("<", " <"))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def _names(terms):
    return sorted(term.name for term in terms)


# --- Posts --------------------------------------------------------------------


def _posts():
    return Post.objects.select_related("access_group").prefetch_related("themas", "wijken")


def _post_token(post):
    """The post's token, or None when nobody may find it (hidden by a
    moderator, or a broken record whose group or owner is gone)."""
    token = index_tokens(post)[0]
    return None if token == NOBODY_TOKEN else token


def _post_place(post):
    if post.section == Section.GROUP and post.access_group_id:
        return _("Groepsbericht in %(group)s") % {"group": post.access_group.name}
    return str(Section(post.section).label)


def _summary(*parts):
    return " · ".join(part for part in parts if part)


def post_document(post):
    """Its thema's are in the summary too: "dyslexie" finds a post about it."""
    token = _post_token(post)
    if token is None:
        return None
    themas = _names(post.themas.all())
    return Document(
        type=POST, object_id=post.pk, title=post.title, url=post.get_absolute_url(),
        access_token=token, summary=_summary(_post_place(post), *themas),
        body=plain_text(post.body), date=post.created_at, themas=themas,
        wijken=_names(post.wijken.all()),
    )


# --- Comments -----------------------------------------------------------------


def _comments():
    return Comment.objects.select_related("post__access_group", "parent")


def comment_document(comment):
    """A comment is found where its post is; a hidden comment, a reply under
    a hidden comment and every comment of a hidden post are not."""
    post = comment.post
    token = _post_token(post)
    hidden = comment.hidden_at or (comment.parent_id and comment.parent.hidden_at)
    if token is None or hidden:
        return None
    return Document(
        type=COMMENT, object_id=comment.pk, title=_("Reactie op %(title)s") % {"title": post.title},
        url=f"{post.get_absolute_url()}#reactie-{comment.pk}", access_token=token,
        summary=_post_place(post), body=plain_text(comment.body), date=comment.created_at,
    )


# --- Groups -------------------------------------------------------------------


def _groups():
    return CommunityGroup.objects.prefetch_related("themas", "wijken")


def group_token_of(group):
    """Who finds the group itself: its members when it is secret; every
    professional otherwise (the group list is for professionals only)."""
    if group.visibility == CommunityGroup.Visibility.SECRET:
        return group_token(group.pk)
    return PROFESSIONALS_TOKEN


def group_document(group):
    themas = _names(group.themas.all())
    return Document(
        type=GROUP, object_id=group.pk, title=group.name,
        url=reverse("group_detail", kwargs={"slug": group.slug}),
        access_token=group_token_of(group),
        summary=_summary(str(GROUP_KINDS.get(group.visibility, "")), *themas),
        body=group.description, date=group.created_at, themas=themas,
        wijken=_names(group.wijken.all()),
    )


# --- Profiles -----------------------------------------------------------------


def _profiles():
    is_professional = Exists(get_user_model().groups.through.objects.filter(
        user_id=OuterRef("user_id"), group__name=roles.PROFESSIONAL))
    return (Profile.objects.select_related("user", "organisation")
            .prefetch_related("wijken", "expertise")
            .annotate(search_is_professional=is_professional))


def _shared(profile, field):
    """Whether every professional may see this field (not "Alleen ik")."""
    return getattr(profile, f"{field}_visibility") == FieldVisibility.PROFESSIONALS


def profile_document(profile):
    """Only active, verified professionals not hidden by a moderator are
    found (Profile.objects.visible_to for another professional), and only
    with the fields they share with all professionals."""
    if not (profile.user.is_active and profile.search_is_professional
            and profile.hidden_at is None):
        return None
    summary, body, wijken = [], [], []
    if _shared(profile, "function") and profile.function:
        summary.append(profile.function)
    if _shared(profile, "organisation") and profile.organisation_id:
        summary.append(profile.organisation.name)
    if _shared(profile, "expertise"):
        body.extend(_names(profile.expertise.all()))
    if _shared(profile, "wijken"):
        wijken = _names(profile.wijken.all())
        body.extend(wijken)
    if _shared(profile, "bio") and profile.bio:
        body.append(profile.bio)
    return Document(
        type=PERSON, object_id=profile.pk, title=profile.display_name,
        url=reverse("profile_detail", kwargs={"pk": profile.pk}),
        access_token=PROFESSIONALS_TOKEN, summary=_summary(*summary),
        body=". ".join(body), wijken=wijken,
    )


# --- What else changes these documents ---------------------------------------


def _expertise_of_profile(tagged):
    """The profile a TaggedExpertise row belongs to, if it tags a profile."""
    if tagged.content_type_id != ContentType.objects.get_for_model(Profile).pk:
        return []
    return [tagged.object_id]


def _user_profile(user):
    # A profile's primary key is its user's id.
    return [user.pk]


TRIGGERS = [
    # A group turning closed or secret (or open) changes the token of its
    # posts and comments; its name is in their summary and its slug in their URL.
    ("community.group-posts", CommunityGroup, POST,
     lambda group: Post.objects.filter(access_group_id=group.pk)),
    ("community.group-comments", CommunityGroup, COMMENT,
     lambda group: Comment.objects.filter(post__access_group_id=group.pk)),
    # A post hidden, restored, moved or renamed carries its comments along.
    ("community.post-comments", Post, COMMENT,
     lambda post: Comment.objects.filter(post_id=post.pk)),
    # Replies are not shown under a hidden comment.
    ("community.comment-replies", Comment, COMMENT,
     lambda comment: Comment.objects.filter(parent_id=comment.pk)),
    # Blocked, deleted, or losing the professional role (user.groups m2m).
    ("community.user-profile", get_user_model(), PERSON, _user_profile),
    ("community.tagged-expertise-profile", TaggedExpertise, PERSON, _expertise_of_profile),
    # Renamed reference data, or m2m changes made from the term's side.
    ("community.expertise-profiles", Expertise, PERSON,
     lambda term: Profile.objects.filter(expertise__pk=term.pk)),
    ("community.organisation-profiles", Organisation, PERSON,
     lambda organisation: Profile.objects.filter(organisation_id=organisation.pk)),
    ("community.wijk-profiles", Wijk, PERSON,
     lambda wijk: Profile.objects.filter(wijken__pk=wijk.pk)),
    ("community.wijk-posts", Wijk, POST, lambda wijk: Post.objects.filter(wijken__pk=wijk.pk)),
    ("community.wijk-groups", Wijk, GROUP,
     lambda wijk: CommunityGroup.objects.filter(wijken__pk=wijk.pk)),
    ("community.thema-posts", Thema, POST,
     lambda thema: Post.objects.filter(themas__pk=thema.pk)),
    ("community.thema-groups", Thema, GROUP,
     lambda thema: CommunityGroup.objects.filter(themas__pk=thema.pk)),
]


def register():
    """Called from CommunityConfig.ready()."""
    types = [
        (POST, gettext_lazy("Berichten"), Post, _posts, post_document, 30),
        (COMMENT, gettext_lazy("Reacties"), Comment, _comments, comment_document, 35),
        (GROUP, gettext_lazy("Groepen"), CommunityGroup, _groups, group_document, 40),
        (PERSON, gettext_lazy("Collega's"), Profile, _profiles, profile_document, 45),
    ]
    for name, label, model, queryset, to_document, order in types:
        register_type(SearchableType(name, label, model, queryset, to_document, order))
    for name, model, type_name, affected in TRIGGERS:
        register_trigger(name, model, type_name, affected)
