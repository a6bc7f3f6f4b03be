"""Every external service the site calls inside a request has a timeout.

A server that accepts the connection and then says nothing (a hung Redis,
a PostgreSQL behind a broken network) must make the call fail, not hold
the worker for ever. The settings are loaded in a subprocess with the
services' URLs pointing at such a silent server.
"""

import contextlib
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CALLS = """
import django
django.setup()
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache
from django.db import connection

calls = {
    "cache": lambda: cache.get("health"),
    "channel_layer": lambda: async_to_sync(get_channel_layer().group_send)(
        "health", {"type": "health.ping"}),
    "database": connection.ensure_connection,
}
for name, call in calls.items():
    try:
        call()
        print(name, "answered")
    except Exception as exc:
        print(name, "failed")
"""


@pytest.fixture
def silent_server():
    """Accepts connections and never says a word; the port it listens on."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def accept():
        with contextlib.suppress(OSError):
            while True:
                accepted.append(listener.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in accepted:
        connection.close()


def test_a_silent_service_makes_the_call_fail_instead_of_hang(silent_server):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update({
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "PYTHONPATH": "platform",
        "REDIS_URL": f"redis://127.0.0.1:{silent_server}/0",
        "DATABASE_URL": f"postgres://wzn:wzn@127.0.0.1:{silent_server}/wzn",
    })

    result = subprocess.run(
        [sys.executable, "-c", CALLS], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )

    assert result.stdout.splitlines() == [
        "cache failed", "channel_layer failed", "database failed"], result.stderr
