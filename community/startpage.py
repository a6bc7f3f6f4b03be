"""The community's panels on "Voor mij" (`startpage.panels`, registered in
apps.py): new posts in my groups, my open actions and the posts I follow
that got new reactions. Also tells the platform which wijken a person works
in (`startpage.wijken`), read from the profile, for the agenda's panel.

Like views, these only read, through the access model. Each panel costs a
fixed number of queries, whatever the number of posts, actions or groups.
"""

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from access.tokens import tokens_for
from access.visibility import GROUP_PREFIX, ids_in
from startpage.panels import register_panel
from startpage.wijken import register_wijken
from taxonomy.models import Wijk

from .models import Action, Comment, Follow, Post

GROUP_POSTS_TEMPLATE = "community/startpage/group_posts.html"
ACTIONS_TEMPLATE = "community/startpage/actions.html"
FOLLOWED_TEMPLATE = "community/startpage/followed.html"
GROUP_POSTS_SHOWN = 8
ACTIONS_SHOWN = 10
FOLLOWED_SHOWN = 8


def group_posts(user):
    """The newest posts in the groups `user` is a member of, by others.

    Membership is read from the access tokens (already known for the page),
    and visible_to() still decides: a hidden post or one the user may not
    read never shows, even in their own group. One query.
    """
    group_ids = ids_in(tokens_for(user), GROUP_PREFIX)
    posts = (
        Post.objects.visible_to(user).filter(access_group_id__in=group_ids)
        .exclude(owner=user).select_related("access_group", "owner__profile")
        .order_by("-created_at", "-pk")
    )
    return {"posts": list(posts[:GROUP_POSTS_SHOWN]) if group_ids else []}


def actions(user):
    """The open actions assigned to `user`; the overdue come first, because
    they are ordered by due date. One query."""
    return {"actions": list(Action.objects.assigned_to(user)[:ACTIONS_SHOWN])}


def followed(user):
    """The posts `user` follows that got reactions from others since they
    started following, the most recent reaction first, with how many.

    A follow only knows when it began (there is no "last read"), so "new"
    means since then. Counted in subqueries: one query.
    """
    since_follow = (
        Comment.objects.shown().filter(post=OuterRef("pk"), created_at__gt=OuterRef("followed_at"))
        .exclude(author=user)
    )
    new_count = since_follow.order_by().values("post").annotate(count=Count("pk")).values("count")
    latest = since_follow.order_by("-created_at").values("created_at")[:1]
    follow = Follow.objects.filter(post=OuterRef("pk"), user=user)
    posts = (
        Post.objects.visible_to(user).filter(follows__user=user)
        .annotate(followed_at=Subquery(follow.values("created_at")[:1]))
        .annotate(new_comments=Coalesce(Subquery(new_count, output_field=IntegerField()), 0),
                  latest_comment_at=Subquery(latest))
        .filter(new_comments__gt=0).select_related("access_group")
        .order_by("-latest_comment_at", "-pk")
    )
    return {"posts": list(posts[:FOLLOWED_SHOWN])}


def profile_wijken(user):
    """The wijken on the user's profile: where they say they work."""
    return Wijk.objects.filter(profiles__user=user)


def register():
    register_panel("groepen", GROUP_POSTS_TEMPLATE, group_posts, order=20)
    register_panel("acties", ACTIONS_TEMPLATE, actions, order=30)
    register_panel("gevolgd", FOLLOWED_TEMPLATE, followed, order=50)
    register_wijken("profiel", profile_wijken)
