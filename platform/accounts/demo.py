"""Demo accounts, one per role, with known passwords (development only).

The roles that need MFA get an authenticator with a fixed secret, so a
developer can log in with any TOTP app or with
`oathtool --totp -b WIJKZORGNETWERKDEMOTOTPGEHEIM234`.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth.models import Group
from django.utils import timezone

from . import roles
from .models import User

DEMO_PASSWORD = "Demo-wijkzorg-2026"
DEMO_TOTP_SECRET = "WIJKZORGNETWERKDEMOTOTPGEHEIM234"
# A fixed seed gives the same recovery codes on every machine.
DEMO_RECOVERY_SEED = "wijkzorgnetwerk-demo-herstelcodes"

_STAFF = [roles.PROFESSIONAL]

# (email, first name, last name, roles): printed in the README.
DEMO_ACCOUNTS = [
    ("beheerder@demo.wijkzorgnetwerk.nl", "Bas", "Beheer", [*_STAFF, roles.BEHEERDER]),
    ("redacteur@demo.wijkzorgnetwerk.nl", "Rosa", "Redactie", [*_STAFF, roles.REDACTEUR]),
    ("moderator@demo.wijkzorgnetwerk.nl", "Mo", "Moderatie", [*_STAFF, roles.MODERATOR]),
    # Eddies edit content in the CMS; they are trainees, not verified professionals.
    ("eddie@demo.wijkzorgnetwerk.nl", "Eddie", "Leerwerk", [roles.EDDIE]),
    ("professional@demo.wijkzorgnetwerk.nl", "Pien", "Prof", [roles.PROFESSIONAL]),
    ("bezoeker@demo.wijkzorgnetwerk.nl", "Bo", "Bezoeker", []),
]


def seed(log):
    """Create or reset the demo accounts; safe to run again."""
    codes = []
    for email, first_name, last_name, role_names in DEMO_ACCOUNTS:
        user = _account(email, first_name, last_name, role_names)
        line = f"  {email}  wachtwoord: {DEMO_PASSWORD}"
        if user.requires_mfa:
            codes = _authenticators(user)
            line += f"  (tweestapsverificatie, TOTP-geheim {DEMO_TOTP_SECRET})"
        log(line)
    if codes:
        log(f"  herstelcodes (voor elk account met tweestapsverificatie): {' '.join(codes)}")


def _account(email, first_name, last_name, role_names):
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
