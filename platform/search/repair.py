"""The scheduler job that catches a search engine up after it missed writes.

While the engine is marked stale (backends.select), searches use the
database. Every few minutes this job checks: when the engine answers again,
it indexes what is missing or outdated there, removes what should be gone,
and only then lets searches return to it.
"""

import logging
from datetime import timedelta

from . import drift
from .backends import select

log = logging.getLogger(__name__)
EVERY = timedelta(minutes=5)


def repair_engine():
    """Bring a stale engine up to date; a short line for the scheduler's log."""
    engine = select.engine()
    if engine is None or not select.engine_is_stale():
        return "nothing to repair"
    ok, detail = engine.health()
    if not ok:
        return f"engine still unreachable: {detail}"
    report = drift.compare(engine)
    drift.repair(engine, report)
    select.engine_recovered()
    select.engine_repaired()
    return f"engine repaired: {report.summary()}"
