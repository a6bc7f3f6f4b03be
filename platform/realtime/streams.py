"""Which access token a stream needs before a socket may subscribe to it.

Pillars register a resolver per kind of stream ("group", "post",
"section", "event"); it gets the rest of the name ("group-12" -> "12") and
answers the token the stream's readers need, or None when there is no
such stream. The stream's events carry their own tokens as well, and a
socket only receives the ones its reader holds: a section feed mixes
public posts and posts for professionals.
"""

from access.visibility import user_token

_resolvers = {}


def register(kind, resolver):
    _resolvers[kind] = resolver


def required_token(stream):
    """The token needed to subscribe to `stream`, None when it does not exist."""
    kind, _, key = stream.partition("-")
    resolver = _resolvers.get(kind)
    return resolver(key) if resolver and key else None


def _own(key):
    """A user's own stream (notifications): only that user."""
    return user_token(int(key)) if key.isdigit() else None


register("user", _own)
