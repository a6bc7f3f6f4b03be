"""Drift between the database and an index: what check_search reports."""

from dataclasses import dataclass, field

from . import indexing


@dataclass
class Drift:
    missing: set = field(default_factory=set)
    stale: set = field(default_factory=set)
    extra: set = field(default_factory=set)
    expected: dict = field(default_factory=dict)

    @property
    def clean(self):
        return not (self.missing or self.stale or self.extra)

    def summary(self):
        if self.clean:
            return f"in orde ({len(self.expected)} documenten)"
        return (f"{len(self.missing)} ontbreken, {len(self.stale)} verouderd, "
                f"{len(self.extra)} te veel (van {len(self.expected)})")


def compare(backend):
    expected = {doc.key: doc for doc in indexing.everything()}
    stored = backend.fingerprints()
    return Drift(
        missing=set(expected) - set(stored),
        stale={key for key, doc in expected.items()
               if key in stored and stored[key] != doc.fingerprint()},
        extra=set(stored) - set(expected),
        expected=expected,
    )


def repair(backend, drift):
    backend.index([drift.expected[key] for key in drift.missing | drift.stale])
    backend.delete(sorted(drift.extra))
