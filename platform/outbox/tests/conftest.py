"""Fixtures for the outbox tests."""

from .mail_servers import dead_mail_server, silent_server  # noqa: F401  fixtures
