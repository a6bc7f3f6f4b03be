"""A searcher as the access model sees them, for search tests that are about
what a set of tokens finds rather than about how a user gets them (that is
tested in access/ and per role in community/tests/test_search_access.py).
tokens_for() reads the tokens cached on the user object."""


class Searcher:
    is_authenticated = True
    is_active = True

    def __init__(self, *tokens, pk=900):
        self.pk = pk
        self._access_tokens = frozenset({"public", f"user:{pk}", *tokens})
