"""What we take from allauth beyond its public API, checked on every run.

Activating an authenticator app marks the session as having passed the
second factor (`accounts.signals.record_fresh_mfa`) through allauth's
internal `record_authentication`; the MFA rule reads it back through the
public `get_authentication_records`. pyproject pins allauth's minor version;
before raising that pin, this test says whether the internal still works.
"""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.sessions.middleware import SessionMiddleware

from accounts.middleware import session_passed_mfa
from accounts.signals import record_fresh_mfa

pytestmark = pytest.mark.django_db


def request_with_session(rf, user):
    request = rf.post("/account/2fa/totp/activate/")
    SessionMiddleware(lambda request: None).process_request(request)
    request.user = user
    return request


def test_activating_an_app_records_a_second_factor_the_mfa_rule_sees(rf, visitor):
    request = request_with_session(rf, visitor)
    app = Authenticator(pk=7, user=visitor, type=Authenticator.Type.TOTP, data={})
    assert not session_passed_mfa(request, visitor)

    record_fresh_mfa(sender=Authenticator, request=request, user=visitor, authenticator=app)

    assert session_passed_mfa(request, visitor)


def test_recovery_codes_record_nothing(rf, visitor):
    request = request_with_session(rf, visitor)
    codes = Authenticator(pk=8, user=visitor, type=Authenticator.Type.RECOVERY_CODES, data={})

    record_fresh_mfa(sender=Authenticator, request=request, user=visitor, authenticator=codes)

    assert not session_passed_mfa(request, visitor)
