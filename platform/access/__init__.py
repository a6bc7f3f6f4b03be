"""The one access model.

Every piece of content has a visibility. A user is turned into a set of
access tokens; content needs one token; the user sees it when they hold it.
The same tokens are used by querysets (`visible_to`), detail views
(`get_visible_or_404`), file downloads, feeds, the search index and
websocket subscriptions. Nothing checks access its own way.
"""
