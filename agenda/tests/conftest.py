"""Fixtures for the agenda's tests."""

import pytest


@pytest.fixture(autouse=True)
def _mail_after_each_service_call(monkeypatch, django_capture_on_commit_callbacks):
    """Services mail on commit; a test runs in one transaction that never commits.
    Run each service call's on-commit work as its own commit would.

    Patched on the module that defines each service, which is where callers
    look it up (`registrations.register_for_event(...)`): a name imported on
    its own would bypass this."""
    from agenda.services import events, organisers, registrations, reminders

    for module, name in [
        (registrations, "register_for_event"), (registrations, "confirm_guest"),
        (registrations, "cancel_registration"), (reminders, "send_reminders"),
        (events, "cancel_event"), (events, "withdraw_event"),
        (organisers, "message_participants"),
    ]:
        original = getattr(module, name)

        def committed(*args, _original=original, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, committed)
