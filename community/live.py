"""The community's live streams: a group's feed, a section's feed and a
post's thread. Services call the `*_published/added/changed` functions
inside their transaction; the receivers below keep the logged events'
tokens in step when a post, comment or group changes who may see it, and
tell open sockets to check their subscriptions again.

Streams: "group-<id>" (needs what the group's member list needs: every
professional for an open group, members for a closed or secret one),
"section-doe-mee" / "section-praat-mee" / "section-lees-mee" (anyone;
each event needs its post's token), "post-<id>" (the post's own token).
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from access.visibility import NOBODY_TOKEN, PUBLIC_TOKEN
from groups.models import CommunityGroup
from realtime import events, streams

from .models import Comment, Post
from .models.posts import SECTION_PATHS, Section


def group_stream(group_id):
    return f"group-{group_id}"


def section_stream(section):
    return f"section-{SECTION_PATHS[section]}"


def post_stream(post_id):
    return f"post-{post_id}"


def feed_stream(post):
    if post.section == Section.GROUP:
        return group_stream(post.access_group_id)
    return section_stream(post.section)


# --- who may subscribe ------------------------------------------------------

def _group_needs(key):
    group = CommunityGroup.objects.filter(pk=key).first() if key.isdigit() else None
    return group.member_list_token if group else None


def _section_needs(key):
    """Anyone may read a section's list; each event carries its post's token."""
    return PUBLIC_TOKEN if key in SECTION_PATHS.values() else None


def _post_needs(key):
    post = (Post.objects.select_related("access_group").filter(pk=key).first()
            if key.isdigit() else None)
    return post.access_token if post else None


def register():
    streams.register("group", _group_needs)
    streams.register("section", _section_needs)
    streams.register("post", _post_needs)


# --- what happened ----------------------------------------------------------

def post_published(post):
    events.emit(feed_stream(post), "post.created", post.access_token,
                subject=f"post-{post.pk}", data={"post": post.pk})


def comment_added(comment):
    post = comment.post
    data = {"post": post.pk, "comment": comment.pk, "parent": comment.parent_id}
    events.emit(post_stream(post.pk), "comment.created", post.access_token,
                subject=f"comment-{comment.pk}", data=data)


def reactions_changed(post):
    events.emit(post_stream(post.pk), "reaction.changed", post.access_token,
                subject=f"post-{post.pk}", data={"post": post.pk})


# --- access changes follow ----------------------------------------------------

def _comment_token(comment, post):
    return NOBODY_TOKEN if comment.hidden_at else post.access_token


def _follow(posts):
    """Give the posts' logged events, and their comments', the tokens they
    need now, and make the sockets on their threads check again."""
    posts = {post.pk: post for post in posts}
    tokens = {f"post-{pk}": post.access_token for pk, post in posts.items()}
    for comment in Comment.objects.filter(post__in=list(posts)).only("pk", "post", "hidden_at"):
        tokens[f"comment-{comment.pk}"] = _comment_token(comment, posts[comment.post_id])
    events.retoken(tokens)
    events.access_changed(streams=[post_stream(pk) for pk in posts])


@receiver(post_save, sender=Post, dispatch_uid="community.live.post_saved")
def post_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        _follow([instance])


@receiver(post_save, sender=Comment, dispatch_uid="community.live.comment_saved")
def comment_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        events.retoken({f"comment-{instance.pk}": _comment_token(instance, instance.post)})


@receiver(post_save, sender=CommunityGroup, dispatch_uid="community.live.group_saved")
def group_saved(sender, instance, created, raw=False, **kwargs):
    """A group turning closed or secret (or open) changes its posts' tokens
    and who may follow its feed."""
    if created or raw:
        return
    _follow(Post.objects.filter(access_group=instance).select_related("access_group"))
    events.access_changed(streams=[group_stream(instance.pk)])
