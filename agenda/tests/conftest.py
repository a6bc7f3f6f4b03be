"""Fixtures for the agenda's tests."""

import pytest


@pytest.fixture(autouse=True)
def _mail_after_each_service_call(monkeypatch, django_capture_on_commit_callbacks):
    """Services mail on commit; a test runs in one transaction that never commits.
    Run each service call's on-commit work as its own commit would."""
    from agenda import services

    for name in ("register_for_event", "confirm_guest", "cancel_registration", "send_reminders",
                 "cancel_event", "message_participants"):
        original = getattr(services, name)

        def committed(*args, _original=original, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return _original(*args, **kwargs)

        monkeypatch.setattr(services, name, committed)
