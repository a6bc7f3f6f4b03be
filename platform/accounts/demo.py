"""Demo accounts, one per role, with known passwords (development only).

The roles that need MFA get an authenticator with a fixed secret, so a
developer can log in with any TOTP app or with
`oathtool --totp -b WIJKZORGNETWERKDEMOTOTPGEHEIM234`.

Who the accounts are is content (`content/accounts.yaml`); the password,
secret and recovery seed stay here: the README prints them, tests and other
demos use them, and they are not an editor's to change.
"""

from pathlib import Path

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.content import load

from . import roles
from .models import User

DEMO_PASSWORD = "Demo-wijkzorg-2026"
DEMO_TOTP_SECRET = "WIJKZORGNETWERKDEMOTOTPGEHEIM234"
# A fixed seed gives the same recovery codes on every machine.
DEMO_RECOVERY_SEED = "wijkzorgnetwerk-demo-herstelcodes"

# email, first_name, last_name, roles: printed in the README.
DEMO_ACCOUNTS = load(Path(__file__).resolve().parent / "content" / "accounts.yaml",
                     required=["email", "first_name", "last_name", "roles"])


def seed(log):
    """Create or reset the demo accounts; safe to run again."""
    codes = []
    for item in DEMO_ACCOUNTS:
        user = _account(item["email"], item["first_name"], item["last_name"], item["roles"])
        line = f"  {user.email}  wachtwoord: {DEMO_PASSWORD}"
        if user.requires_mfa:
            codes = _authenticators(user)
            line += f"  (tweestapsverificatie, TOTP-geheim {DEMO_TOTP_SECRET})"
        log(line)
    if codes:
        log(f"  herstelcodes (voor elk account met tweestapsverificatie): {' '.join(codes)}")


def _account(email, first_name, last_name, role_names):
    unknown = set(role_names) - set(roles.ROLE_LABELS)
    if unknown:
        raise ValueError(f"demo account {email}: no role {', '.join(sorted(unknown))}")
    user, _created = User.objects.get_or_create(email=email)
    user.first_name, user.last_name = first_name, last_name
    user.set_password(DEMO_PASSWORD)
    if roles.PROFESSIONAL in role_names:
        user.verified_professional_at = user.verified_professional_at or timezone.now()
    user.save()
    user.groups.set(Group.objects.filter(name__in=role_names))
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    user.__dict__.pop("role_names", None)
    return user


def _authenticators(user):
    """A TOTP authenticator with the demo secret, and recovery codes."""
    Authenticator.objects.update_or_create(
        user=user, type=Authenticator.Type.TOTP,
        defaults={"data": {"secret": encrypt(DEMO_TOTP_SECRET)}},
    )
    recovery, _created = Authenticator.objects.update_or_create(
        user=user, type=Authenticator.Type.RECOVERY_CODES,
        defaults={"data": {"seed": encrypt(DEMO_RECOVERY_SEED), "used_mask": 0}},
    )
    return recovery.wrap().generate_codes()
