"""Mail servers that fail, for the outbox tests: here and in
tests/test_mail_delivery_pillars.py (the pillars' mails), which shares them.

The fixtures reach the tests through platform/core/tests/conftest.py and
tests/conftest.py."""

import contextlib
import logging
import socket
import threading

import pytest

from config.settings import base

SMTP = "django.core.mail.backends.smtp.EmailBackend"
LOGGER = "outbox.delivery"

# Through the views: commits are real, so mail goes out inside the request.
in_real_transactions = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def dead_mail_server(settings):
    """The backend every environment uses (pytest-django swaps in locmem),
    delivering as EMAIL_URL=smtp://127.0.0.1:1 would: nothing listens there."""
    settings.EMAIL_BACKEND = base.EMAIL_BACKEND
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1


def mail_errors(caplog):
    return [r.getMessage() for r in caplog.records
            if r.name == LOGGER and r.levelno == logging.ERROR]


class SilentServer:
    """Accepts connections, counts them and never says a word."""

    def __init__(self, port=0):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        with contextlib.suppress(OSError):
            while True:
                self.connections.append(self.listener.accept()[0])

    def close(self):
        # shutdown() wakes the thread blocked in accept(); close() alone would
        # leave the port listening until that call returned.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def silent_server(settings):
    server = SilentServer()
    settings.EMAIL_BACKEND = base.EMAIL_BACKEND
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_TIMEOUT = 0.2
    yield server
    server.close()


def in_a_thread(function):
    """Run `function`, giving up after 30 s: a hanging send fails the test instead of the run."""
    result = {}

    def run():
        from django.db import connections

        try:
            result.update(value=function())
        finally:
            # The thread's own database connection, which would keep the test
            # database from being dropped at the end.
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    return result.get("value", "still running")
