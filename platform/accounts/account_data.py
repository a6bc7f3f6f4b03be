"""The 'account' section of 'my data': what the accounts package stores.

Never password hashes, TOTP secrets or recovery codes: an export may end up
in a mailbox or a downloads folder.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession


def _iso(value):
    return value.isoformat() if value else None


def export_account(user):
    """The account, its roles, verification, addresses, sessions and MFA types."""
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "roles": sorted(user.role_names),
        "organisation": user.organisation.name if user.organisation_id else None,
        "verified_professional_at": _iso(user.verified_professional_at),
        "verification_requests": [
            _request(r) for r in user.verification_requests.select_related("organisation")
        ],
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "sessions": [_session(s) for s in UserSession.objects.filter(user=user)],
        "mfa": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
    }


def _request(request):
    return {
        "organisation": request.organisation.name if request.organisation_id else None,
        "organisation_name": request.organisation_name,
        "function": request.function,
        "reason": request.reason,
        "status": request.status,
        "created_at": _iso(request.created_at),
        "decided_at": _iso(request.decided_at),
        "decision_note": request.decision_note,
    }


def _session(session):
    return {
        "ip": session.ip,
        "user_agent": session.user_agent,
        "created_at": _iso(session.created_at),
        "last_seen_at": _iso(session.last_seen_at),
    }


def end_sessions(user):
    """Sign the person out everywhere before the account goes."""
    for session in UserSession.objects.filter(user=user):
        session.end()
