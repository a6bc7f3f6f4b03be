"""Writes on posts: publishing, reacting, taking part, following.

Views call these. Each validates, writes in one transaction and notifies
(notifications.notify: the centre, and mail as each reader chose): the
people @mentioned, the post's owner and its followers when a reaction is
added, the owner when someone gives an appreciation. notify keeps only
readers who may see the post, so a mention never tells a non-member about
a closed group's post.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from access.tokens import tokens_for
from access.visibility import PROFESSIONALS_TOKEN, group_token
from core.mail import absolute_path
from notifications.models import Kind, Notification
from notifications.services import notify
from privacy.sanitise import text_to_html

from .. import live
from ..models import Comment, Follow, Participation, Post, Profile, Reaction, ReactionKind
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
        _notify_mentioned(post, mentioned, author)
        live.post_published(post)
    return post


def add_comment(author, post, body, parent_id=None):
    """A reaction under `post` (the privacy guard ran in the form); a reply to
    a reply hangs under the first reaction, so threads stay one level deep.
    The post's owner, its followers and mentioned people are notified, each
    once: a mention wins over the owner's notice, which wins over following."""
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
        told = {author.pk, *_notify_mentioned(post, mentioned, author, comment)}
        if post.owner_id not in told:
            notify_owner(post, comment)
            told.add(post.owner_id)
        _notify_followers(post, comment, exclude=told)
        live.comment_added(comment)
    return comment


def _require_professional(user):
    """The views check this too; a service refuses whoever calls it."""
    if PROFESSIONALS_TOKEN not in tokens_for(user):
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen berichten plaatsen "
                                 "en reageren."))


def _name(user):
    """How the platform names a colleague: their profile's display name."""
    return Profile.objects.for_user(user).display_name


def _comment_path(post, comment):
    return f"{post.get_absolute_url()}#reactie-{comment.pk}"


def _notify_mentioned(post, mentioned, writer, comment=None):
    """Tell the mentioned people who may read the post (never the writer);
    the user ids told."""
    if comment is None:
        text = _('%(name)s noemde u in het bericht "%(title)s"')
        url, subject = post.get_absolute_url(), f"post-{post.pk}"
    else:
        text = _('%(name)s noemde u in een reactie bij "%(title)s"')
        url, subject = _comment_path(post, comment), f"comment-{comment.pk}"
    text = text % {"name": _name(writer), "title": post.title}
    told = set()
    # One call per person: the mail greets each by their own name.
    for profile in mentions.who_may_read(post, mentioned, writer):
        notify([profile.user], Kind.MENTION, text=text, url=url, token=post.access_token,
               subject=subject, group=post.access_group,
               mail_template="community/email/mentioned",
               mail_context={"post": post, "writer": writer, "name": profile.display_name})
        told.add(profile.user_id)
    return told


def notify_owner(post, comment, site_only=False):
    """The post's owner hears of every reaction on it, followed or not. An
    owner who follows it (as every author does at first) gets the followers'
    mail as before; one who stopped following gets the plain notification
    mail, which says nothing about following. `site_only`: no mail (the
    demo content, made in the past). The notifications made."""
    follows = post.follows.filter(user_id=post.owner_id).exists()
    return notify([post.owner], Kind.REACTION, site_only=site_only,
           text=_('%(name)s reageerde op uw bericht "%(title)s"')
           % {"name": _name(comment.author), "title": post.title},
           url=_comment_path(post, comment), token=post.access_token,
           subject=f"comment-{comment.pk}", group=post.access_group,
           **(_followers_mail(post, comment) if follows else {}))


def _followers_mail(post, comment):
    return {"mail_template": "community/email/new_comment",
            # The mail adds its own "#reacties" anchor to this address.
            "mail_context": {"post": post, "comment": comment,
                             "url": absolute_path(post.get_absolute_url())}}


def _notify_followers(post, comment, exclude):
    """Followers who may still read the post (notify leaves out a member who
    left a closed group), except those in `exclude`, told already."""
    followers = get_user_model().objects.filter(
        pk__in=post.follows.values("user_id")).exclude(pk__in=exclude)
    notify(followers, Kind.FOLLOWED,
           text=_('%(name)s reageerde op "%(title)s", een bericht dat u volgt')
           % {"name": _name(comment.author), "title": post.title},
           url=_comment_path(post, comment), token=post.access_token,
           subject=f"comment-{comment.pk}", group=post.access_group,
           **_followers_mail(post, comment))


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
        if given and post.owner_id not in (None, user.pk):
            _notify_appreciation(user, post, kind)
        live.reactions_changed(post)
    return given


APPRECIATIONS = {
    ReactionKind.AGREE.value: _lazy('%(name)s is het eens met uw bericht "%(title)s"'),
    ReactionKind.THANKS.value: _lazy('%(name)s bedankt u voor uw bericht "%(title)s"'),
    ReactionKind.IDEA.value: _lazy('%(name)s vindt uw bericht "%(title)s" een goed idee'),
}


def _notify_appreciation(user, post, kind):
    """Tell the owner of a new appreciation once: taking it back and giving it
    again does not tell them again."""
    text = str(APPRECIATIONS[kind]) % {"name": _name(user), "title": post.title}
    subject = f"post-{post.pk}"
    if Notification.objects.filter(recipient_id=post.owner_id, kind=Kind.REACTION,
                                   subject=subject, text=text[:300]).exists():
        return
    notify([post.owner], Kind.REACTION, text=text, url=post.get_absolute_url(),
           token=post.access_token, subject=subject, group=post.access_group)


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
