"""What every backend does, and what it answers."""

from dataclasses import dataclass, field

ORDERS = ("relevantie", "datum")


@dataclass(frozen=True)
class Criteria:
    """Everything that narrows a search, already checked by the service.

    `tokens` are the searcher's access tokens: a backend returns, counts and
    suggests only documents whose token is among them.
    """

    tokens: frozenset
    types: tuple = ()
    facets: tuple = ()  # ((name, value), ...), all must hold
    parents_only: bool = False
    order: str = "relevantie"


@dataclass
class Hit:
    key: str
    type: str
    title: str
    url: str
    summary: str
    body: str
    date: object = None
    # Highlighted fragments when the backend makes them (the engine); the
    # service highlights the text itself otherwise.
    highlights: list = field(default_factory=list)


@dataclass
class BackendPage:
    hits: list
    total: int
    # {"type": {value: count}, "thema": {...}, ...}; empty when not asked.
    facets: dict = field(default_factory=dict)


class Backend:
    """The contract. A backend indexes Documents by key, answers searches
    filtered on access tokens, reports its stored fingerprints (for
    check_search) and can be rebuilt without an empty window."""

    name = "?"

    def index(self, documents):
        raise NotImplementedError

    def delete(self, keys):
        raise NotImplementedError

    def search(self, query, criteria, offset=0, limit=10, facets=True, count=True):
        """A BackendPage. With facets=False and count=False a backend may
        skip counting: `total` is then at least len(hits), no more (for
        autocomplete and corrections, which only need hits)."""
        raise NotImplementedError

    def fingerprints(self):
        """{key: fingerprint} of everything stored."""
        raise NotImplementedError

    def rebuild(self, documents, progress=None):
        """Replace the whole index by `documents` (an iterable); searches keep
        answering from the old index until the new one is complete."""
        raise NotImplementedError

    def correction_candidates(self, word, limit=5):
        """Indexed words that look like `word`, most alike first."""
        raise NotImplementedError

    def health(self):
        """(ok, a short Dutch status line)."""
        return True, "ok"
