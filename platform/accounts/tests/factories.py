"""Factories for accounts: a visitor, a verified professional, and one per role."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from accounts.models import User

PASSWORD = "Wijkzorg-test-2026"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up account with a verified email address: a visitor."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"gebruiker{n}@example.nl")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"de Vries {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, primary=True,
                verified=True if extracted is None else extracted,
            )

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            _add_roles(self, extracted)


class ProfessionalFactory(UserFactory):
    """A verified professional; `roles=[...]` replaces the default role."""

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create:
            _add_roles(self, extracted or [roles.PROFESSIONAL])


def _add_roles(user, role_names):
    for name in role_names:
        user.groups.add(Group.objects.get(name=name))
    if roles.PROFESSIONAL in role_names:
        user.verified_professional_at = timezone.now()
        user.save(update_fields=["verified_professional_at"])


def enable_totp(user):
    """Give `user` an authenticator app, as activating it in allauth does."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    return TOTP.activate(user, generate_totp_secret()).instance


def log_in_with_mfa(client, user, password=PASSWORD):
    """Log in through the real forms: password, then the current TOTP code
    of the user's authenticator app (enrolled first when missing)."""
    import time

    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
    from allauth.mfa.utils import decrypt
    from django.urls import reverse

    authenticator = Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).first() or enable_totp(user)
    secret = decrypt(authenticator.data["secret"])
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302 and response.url == reverse("mfa_authenticate"), response
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302, response
    assert client.session["_auth_user_id"] == str(user.pk)
