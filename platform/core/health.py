"""Health checks of the services the site depends on (readiness).

Each check returns a dict with `status` ("ok" or "error") and `backend`.
A failure reports only the exception's class name: messages can carry host
names or credentials. The report is cached for a few seconds per process
(`readiness`), so a load balancer polling often costs one round of checks
per interval, not one per request.
"""

import asyncio
import threading
import time
import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import caches
from django.db import connection

CHANNEL_LAYER_TIMEOUT = 2
READINESS_SECONDS = 5


def _ok(backend, **extra):
    return {"status": "ok", "backend": backend, **extra}


def _error(backend, exc):
    return {"status": "error", "backend": backend, "error": type(exc).__name__}


def _class_path(obj):
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        return _error(connection.vendor, exc)
    return _ok(connection.vendor)


def check_cache():
    """Write a unique key and read it back, so a cache that drops writes fails."""
    cache = caches["default"]
    backend = _class_path(cache)
    key = f"health:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=10)
        value = cache.get(key)
        cache.delete(key)
    except Exception as exc:
        return _error(backend, exc)
    if value != "ok":
        return {"status": "error", "backend": backend, "error": "value not read back"}
    return _ok(backend)


async def _channel_roundtrip(layer):
    channel = await layer.new_channel()
    await layer.send(channel, {"type": "health.ping"})
    return await asyncio.wait_for(layer.receive(channel), timeout=CHANNEL_LAYER_TIMEOUT)


def check_channel_layer():
    """Send a message to a fresh channel and receive it back.

    A new event loop per check: when the loop closes, channels_redis drops
    the subscription this check made instead of keeping it in a long-lived
    server loop.
    """
    layer = get_channel_layer()
    if layer is None:
        return {"status": "error", "backend": None, "error": "no channel layer configured"}
    backend = _class_path(layer)
    try:
        message = async_to_sync(_channel_roundtrip, force_new_loop=True)(layer)
    except Exception as exc:
        return _error(backend, exc)
    if message.get("type") != "health.ping":
        return {"status": "error", "backend": backend, "error": "wrong message received"}
    return _ok(backend)


def check_search():
    """The search backend. An engine that cannot be reached is "degraded", not
    an error: searches then go to the database index, which is always kept."""
    from search.backends import select

    try:
        ok, detail = select.status()
    except Exception as exc:
        return _error(settings.SEARCH_BACKEND, exc)
    if ok:
        return _ok(settings.SEARCH_BACKEND, detail=detail)
    # The engine's own error text can name hosts: it goes to the log, not here.
    return {"status": "degraded", "backend": settings.SEARCH_BACKEND,
            "detail": "engine onbereikbaar; de database beantwoordt de zoekvragen"}


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "channel_layer": check_channel_layer,
    "search": check_search,
}


def run_checks():
    """All checks; the overall status is "ok" only when every check is."""
    checks = {name: check() for name, check in CHECKS.items()}
    # A degraded check still serves (search falls back to the database).
    healthy = all(result["status"] in ("ok", "degraded") for result in checks.values())
    return {"status": "ok" if healthy else "error", "checks": checks}


class CachedReport:
    """The result of `compute()`, reused for READINESS_SECONDS.

    One thread computes while others wait for its result, so an expired
    report never sets off a round of checks per waiting request.
    """

    def __init__(self, compute, clock=time.monotonic):
        self.compute = compute
        self.clock = clock
        self.lock = threading.Lock()
        self.report = None
        self.expires = float("-inf")

    def __call__(self):
        with self.lock:
            if self.clock() >= self.expires:
                self.report = self.compute()
                self.expires = self.clock() + READINESS_SECONDS
            return self.report


readiness = CachedReport(run_checks)
