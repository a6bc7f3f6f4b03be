"""Writes on posts: publishing, reacting, taking part, following.

Views call these. Each validates, writes in one transaction and mails on
commit: the people @mentioned (only if they may read the post) and the
followers of a post when a reaction is added.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from access.tokens import holders_of, tokens_for
from access.visibility import PROFESSIONALS_TOKEN, group_token
from core.mail import absolute_path, mail_on_commit
from privacy.sanitise import text_to_html

from .. import live
from ..models import Comment, Follow, Participation, Post, Reaction, ReactionKind
from . import mentions
from .attachments import store_attachments

# Post fields taken from the composer as they are (the body is turned into
# HTML here); a field the section or group leaves out keeps its default.
POST_FIELDS = ("title", "link", "deadline", "visibility")


def create_post(author, section, data, group=None):
    """Publish a post from cleaned composer data (the privacy guard ran in
    the form): title and body; link (Lees mee) and deadline (Doe mee) where
    the section has them; visibility, unless a members-only group decides it;
    themas, wijken, checked attachments and their description.

    The author follows their own post, so they hear about reactions.
    """
    _require_professional(author)
    if group is not None and group_token(group.pk) not in tokens_for(author):
        raise PermissionDenied(_("Alleen leden van de groep kunnen hier een bericht plaatsen."))
    post = Post(owner=author, section=section, access_group=group,
                **{name: data[name] for name in POST_FIELDS if name in data})
    with transaction.atomic():
        mentioned = mentions.resolve(data["body"])
        post.body = mentions.link_mentions(text_to_html(data["body"]), mentioned)
        post.full_clean()
        post.save()
        for name in ("themas", "wijken"):
            if name in data:
                getattr(post, name).set(data[name])
        store_attachments(post, data.get("attachments") or [],
                          data.get("attachment_description", "").strip())
        Follow.objects.create(post=post, user=author)
        _mail_mentioned(post, mentioned, author)
        live.post_published(post)
    return post


def add_comment(author, post, body, parent_id=None):
    """A reaction under `post` (the privacy guard ran in the form); a reply to
    a reply hangs under the first reaction, so threads stay one level deep.
    Followers and mentioned people are mailed."""
    _require_professional(author)
    if not post.is_visible_to(author):
        raise PermissionDenied(_("U kunt niet reageren op een bericht dat u niet mag lezen."))
    text = body.strip()
    parent = None
    if parent_id:
        parent = post.comments.shown().filter(pk=parent_id).first()
        if parent is not None and parent.parent_id:
            parent = parent.parent
    mentioned = mentions.resolve(text)
    with transaction.atomic():
        comment = Comment.objects.create(
            post=post, author=author, parent=parent,
            body=mentions.link_mentions(text_to_html(text), mentioned))
        _mail_followers(post, comment, exclude={author.pk, *(p.user_id for p in mentioned)})
        _mail_mentioned(post, mentioned, author, comment)
        live.comment_added(comment)
    return comment


def _require_professional(user):
    """The views check this too; a service refuses whoever calls it."""
    if PROFESSIONALS_TOKEN not in tokens_for(user):
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen berichten plaatsen "
                                 "en reageren."))


def _mail_mentioned(post, mentioned, writer, comment=None):
    url = absolute_path(post.get_absolute_url())
    if comment is not None:
        url += f"#reactie-{comment.pk}"
    for profile in mentions.who_may_read(post, mentioned, writer):
        mail_on_commit("community/email/mentioned", [profile.user.email], {
            "post": post, "writer": writer, "name": profile.display_name, "url": url})


def _mail_followers(post, comment, exclude):
    """Followers who may still read the post (a member who left a closed group
    follows nothing there any more)."""
    followers = get_user_model().objects.filter(pk__in=post.follows.values("user_id"))
    readers = holders_of(post.access_token, followers).exclude(pk__in=exclude)
    mail_on_commit("community/email/new_comment", list(readers.values_list("email", flat=True)),
                   {"post": post, "comment": comment,
                    "url": absolute_path(post.get_absolute_url())})


def toggle_participation(user, post):
    """"Ik doe mee" on a Doe mee call, or take it back; True when now taking part."""
    return _toggle(Participation.objects.filter(post=post, user=user),
                   lambda: Participation.objects.create(post=post, user=user))


def toggle_follow(user, post):
    """Follow a post or stop following it; True when now following."""
    return _toggle(Follow.objects.filter(post=post, user=user),
                   lambda: Follow.objects.create(post=post, user=user))


def toggle_reaction(user, post, kind):
    """Eens / Bedankt / Goed idee, or take it back; True when now given."""
    if kind not in ReactionKind.values:
        raise ValidationError(_("Deze reactie bestaat niet."))
    with transaction.atomic():
        given = _toggle(Reaction.objects.filter(post=post, user=user, kind=kind),
                        lambda: Reaction.objects.create(post=post, user=user, kind=kind))
        live.reactions_changed(post)
    return given


def _toggle(existing, create):
    with transaction.atomic():
        deleted, _details = existing.delete()
        if deleted:
            return False
        create()
        return True


def reaction_summary(post, user):
    """Per kind: label, how many gave it, and whether `user` did; one query."""
    given = list(post.reactions.values_list("kind", "user_id"))
    return [
        {"kind": kind, "label": label, "count": sum(1 for k, _u in given if k == kind),
         "mine": any(k == kind and u == user.pk for k, u in given)}
        for kind, label in ReactionKind.choices
    ]


def mark_helpful(user, comment):
    """The asker marks (or unmarks) an answer in Praat mee as helpful."""
    if comment.post.owner_id != user.pk:
        raise ValidationError(_("Alleen wie de vraag stelde, kan een antwoord markeren."))
    comment.helpful = not comment.helpful
    comment.save(update_fields=["helpful"])
    return comment.helpful
