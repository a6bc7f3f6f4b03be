"""Which backend answers, and which ones are kept up to date.

The database index is always kept: it is the embedded default and the
fallback. With ELASTICSEARCH_URL set the engine is kept too and answers
searches; when it cannot be reached, searches go to the database, the
failure is logged, and /health/ shows it (`status()`).
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from .database import DatabaseBackend

log = logging.getLogger(__name__)
# After a failure, the engine is left alone this long before it is tried again.
RETRY_AFTER = 30.0
# Set (in the shared cache, for every process) when the engine missed a
# write: it may hold a document under an older, wider token. Searches stay
# on the database until the repair job has brought the engine up to date.
_STALE_KEY = "search:engine:stale"
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


def engine_missed_writes():
    cache.set(_STALE_KEY, True, None)


def engine_is_stale():
    return bool(cache.get(_STALE_KEY))


def engine_repaired():
    cache.delete(_STALE_KEY)


def searching():
    """The backends to ask, in order: the engine (unless it failed just now
    or missed writes since), then the database."""
    found = engine()
    if found is None or _engine_resting() or engine_is_stale():
        return [database()]
    return [found, database()]


def indexing():
    """The backends to write to. An engine that failed just now is not
    tried again on every save (each try may wait for its timeout); it is
    marked stale instead, and the repair job catches it up."""
    found = engine()
    if found is None:
        return [database()]
    if _engine_resting():
        engine_missed_writes()
        return [database()]
    return [database(), found]


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
