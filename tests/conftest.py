"""Fixtures for the cross-cutting tests, shared with the platform's own tests."""

from outbox.tests.mail_servers import dead_mail_server, silent_server  # noqa: F401  fixtures
