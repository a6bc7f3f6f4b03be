"""Turn a user into the access tokens they hold."""

from groups.api import group_ids_for

from .visibility import PROFESSIONALS_TOKEN, PUBLIC_TOKEN, group_token, user_token

_CACHE_ATTR = "_access_tokens"


def tokens_for(user):
    """The access tokens of a user, cached on the user object.

    Anonymous visitors hold only `public`. Every signed-in account holds its
    own `user:<id>`; verified professionals also `professionals`; members of a
    group `group:<id>`. Roles such as moderator do not widen what one sees
    in ordinary pages: moderation works on reported items through its own
    service.
    """
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset({PUBLIC_TOKEN})
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
    """Drop the cached tokens, e.g. after joining a group or verification."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)
    user.__dict__.pop("role_names", None)
