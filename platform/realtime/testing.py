"""Fixtures to talk to the real ASGI application (config.asgi) in tests,
for every app's tests (a pytest plugin, named in the root conftest.py).

The test body runs through async_to_sync from the main thread. Channels
runs a consumer's database work (database_sync_to_async) in this thread too,
on the connection that holds the test's transaction. Around that work it
closes "old" connections, and inside a test's transaction that closes the
test's own: `keep_the_test_connection` (part of `websocket`) turns that
housekeeping off, so a test may write after a socket has read.
"""

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

ORIGIN = (b"origin", b"http://testserver")


@pytest.fixture
def keep_the_test_connection(monkeypatch):
    monkeypatch.setattr("channels.db.close_old_connections", lambda: None)


@pytest.fixture
def asgi_application():
    from config.asgi import application

    return application


@pytest.fixture
def session_cookie():
    """Factory fixture: the Cookie header of a session in which `user` is signed in."""

    def make(user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        return (b"cookie", f"{cookie.key}={cookie.value}".encode())

    return make


@pytest.fixture
def websocket(asgi_application, keep_the_test_connection):
    """Factory fixture: a communicator on `path`, sent from the site's own origin."""

    def make(path="/ws/status/", headers=()):
        return WebsocketCommunicator(asgi_application, path, headers=[ORIGIN, *headers])

    return make


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """An awaitable that runs a service in the test's thread and lets its
    transaction's after-commit work (event delivery) happen."""
    def call(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)
    return database(call)


@pytest.fixture
def run():
    """Run an async test body to completion in this (the main) thread."""
    return lambda coroutine_function, *args: async_to_sync(coroutine_function)(*args)


def database(function):
    """`function` made awaitable for an async test body: it runs in the
    test's thread and transaction, as a consumer's database work does."""
    from channels.db import database_sync_to_async

    return database_sync_to_async(function)
