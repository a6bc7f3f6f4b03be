"""The access check for websocket streams."""

from access.tokens import forget_tokens, tokens_for


def may_subscribe(user, token):
    """Whether `user` may receive a stream whose content needs `token`.

    A stream carries content of one access token (a group's posts need
    `group:<id>`), so it is checked on subscribing, like a page. A socket
    lives for hours, so the tokens are read afresh rather than from the
    cache on the socket's user: someone who left a group is refused at once.
    Synchronous (it queries roles and memberships): consumers call it
    through channels.db.database_sync_to_async.
    """
    forget_tokens(user)
    return token in tokens_for(user)
