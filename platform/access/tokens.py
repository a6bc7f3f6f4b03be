"""Turn a user into the access tokens they hold, and content into the token it needs."""

from contextlib import suppress

from groups.api import group_ids_for

from .visibility import PROFESSIONALS_TOKEN, PUBLIC_TOKEN, group_token, user_token

_CACHE_ATTR = "_access_tokens"
ANONYMOUS_TOKENS = frozenset({PUBLIC_TOKEN})


def tokens_for(user):
    """The access tokens of a user, cached on the user object.

    Anonymous visitors and inactive accounts hold only `public`. Every
    signed-in account holds its own `user:<id>`; verified professionals also
    `professionals` and, for each group they are a member of, `group:<id>`.
    Membership alone is not enough: an account that lost its verification
    loses its groups' content with it. Roles such as
    moderator or beheerder do not widen what one sees in ordinary pages:
    moderation works on reported items through its own service.

    The first call costs two queries (roles, memberships); later calls on
    the same user object none. Call forget_tokens() after a change.
    """
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return ANONYMOUS_TOKENS
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    tokens = {PUBLIC_TOKEN, user_token(user.pk)}
    if user.is_professional:
        tokens.add(PROFESSIONALS_TOKEN)
        tokens.update(group_token(gid) for gid in group_ids_for(user))
    tokens = frozenset(tokens)
    setattr(user, _CACHE_ATTR, tokens)
    return tokens


def forget_tokens(user):
    """Drop the cached tokens (and roles) after joining or leaving a group,
    verification or a role change, so the next check reads them afresh."""
    # delattr rather than __dict__: request.user is a lazy proxy object.
    for attr in (_CACHE_ATTR, "role_names"):
        with suppress(AttributeError):
            delattr(user, attr)


def holders_of(token, users):
    """The active users in the queryset `users` who hold `token`: tokens_for()
    the other way round, in one query, for mailing everyone who may read a
    post. (An inactive account holds `public` like any visitor, but is
    nobody to mail.)"""
    from accounts import roles
    from groups.models import Membership

    from .visibility import GROUP_PREFIX, USER_PREFIX, ids_in

    users = users.filter(is_active=True)
    if token == PUBLIC_TOKEN:
        return users
    professionals = users.filter(groups__name=roles.PROFESSIONAL)
    if token == PROFESSIONALS_TOKEN:
        return professionals
    if token.startswith(GROUP_PREFIX):
        members = Membership.objects.filter(group_id__in=ids_in({token}, GROUP_PREFIX))
        return professionals.filter(pk__in=members.values("user_id"))
    if token.startswith(USER_PREFIX):
        return users.filter(pk__in=ids_in({token}, USER_PREFIX))
    return users.none()


def index_tokens(obj):
    """The tokens to store with `obj` in the search index.

    A search hit is shown when one of its tokens is in tokens_for(user);
    a list, so the index field can hold more than one token later.
    """
    return [obj.access_token]
