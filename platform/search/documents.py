"""What a pillar hands to the search index for one object."""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

# Facets every backend counts, in the order the results page shows them
# (the type facet comes first and is kept by the entry itself).
FACETS = ("thema", "wijk", "doelgroep")


@dataclass
class Document:
    """One searchable thing, flattened to text, as the searcher may see it.

    `access_token` is the single token of the one access model a user must
    hold to see the object (`access.tokens.index_tokens(obj)[0]`). Put in
    only what every holder of that token may read: a profile, for example,
    leaves out the fields its owner keeps to themselves.
    `parents` marks content the parents' search shows (it must be public).
    """

    type: str
    object_id: int | str
    title: str
    url: str
    access_token: str
    summary: str = ""
    body: str = ""
    date: datetime | None = None
    themas: list[str] = field(default_factory=list)
    wijken: list[str] = field(default_factory=list)
    doelgroepen: list[str] = field(default_factory=list)
    parents: bool = False

    @property
    def key(self):
        return f"{self.type}:{self.object_id}"

    def facet_values(self):
        """(facet, value) pairs, without duplicates, in a stable order."""
        pairs = {("thema", v) for v in self.themas}
        pairs |= {("wijk", v) for v in self.wijken}
        pairs |= {("doelgroep", v) for v in self.doelgroepen}
        return sorted(pairs)

    def fingerprint(self):
        """A hash of everything indexed: check_search compares it with the
        stored one to find documents the index holds in an older state."""
        data = {
            "title": self.title, "url": self.url, "token": self.access_token,
            "summary": self.summary, "body": self.body, "parents": self.parents,
            "date": self.date.isoformat() if self.date else None,
            "facets": self.facet_values(),
        }
        raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha1(raw, usedforsecurity=False).hexdigest()
