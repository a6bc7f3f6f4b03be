"""Which backend answers, and which ones are kept up to date.

The database index is always kept: it is the embedded default and the
fallback. With ELASTICSEARCH_URL set the engine is kept too and answers
searches; when it cannot be reached, searches go to the database, the
failure is logged, and /health/ shows it (`status()`).
"""

import logging
import time

from django.conf import settings

from .database import DatabaseBackend

log = logging.getLogger(__name__)
# After a failure, the engine is left alone this long before it is tried again.
RETRY_AFTER = 30.0
_state = {"engine": None, "down_since": None, "reason": ""}


def database():
    return DatabaseBackend()


def engine():
    """The engine backend, or None when none is configured."""
    url = getattr(settings, "ELASTICSEARCH_URL", "")
    if not url:
        return None
    if _state["engine"] is None or _state["engine"].url != url:
        from .engine import EngineBackend
        _state["engine"] = EngineBackend(url)
    return _state["engine"]


def engine_failed(error):
    """Note that the engine failed; searches use the database for a while."""
    if _state["down_since"] is None:
        log.warning("Search engine unreachable, using the database: %s", error)
    _state["down_since"] = time.monotonic()
    _state["reason"] = str(error)[:200]


def _engine_resting():
    down = _state["down_since"]
    return down is not None and time.monotonic() - down < RETRY_AFTER


def engine_recovered():
    if _state["down_since"] is not None:
        log.warning("Search engine reachable again.")
    _state["down_since"] = None
    _state["reason"] = ""


def searching():
    """The backends to ask, in order: the engine (unless it failed just now),
    then the database."""
    found = engine()
    if found is None or _engine_resting():
        return [database()]
    return [found, database()]


def indexing():
    found = engine()
    return [database()] if found is None else [database(), found]


def status():
    """For /health/: (ok, Dutch text). A configured engine that is down is
    a degradation, not a failure: search still answers."""
    found = engine()
    if found is None:
        return True, "database"
    ok, detail = found.health()
    if ok:
        engine_recovered()
        return True, f"engine ({detail})"
    engine_failed(detail)
    return False, f"engine onbereikbaar, database gebruikt: {detail}"
