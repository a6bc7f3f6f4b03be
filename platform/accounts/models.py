"""Users log in by email; roles are Django groups (see roles.py)."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from . import roles


class UserManager(BaseUserManager):
    """Manager for a user model whose identifier is the email address."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """An account. A visitor until verified as a professional."""

    username = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    organisation = models.ForeignKey(
        "taxonomy.Organisation", verbose_name=_("organisatie"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="members",
    )
    verified_professional_at = models.DateTimeField(
        _("geverifieerd als professional op"), null=True, blank=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self):
        """The name others see: first and last name when the account has them,
        else the display name the person chose on their profile (sign-up
        asks for no name). Lists load `<user>__profile` with the user."""
        name = super().get_full_name()
        if name:
            return name
        profile = getattr(self, "profile", None)  # the community profile, when there is one
        return profile.display_name if profile is not None else ""

    @cached_property
    def role_names(self):
        """The names of this user's roles; cached for the request."""
        return frozenset(self.groups.values_list("name", flat=True))

    def has_role(self, role):
        return self.is_active and role in self.role_names

    @property
    def is_professional(self):
        """Verified professionals may act as such: post, join groups, see
        professionals-only content."""
        return self.is_active and roles.PROFESSIONAL in self.role_names

    @property
    def works_in_cms(self):
        """Whether the CMS's editor bar belongs on this user's pages. Read from the
        cached roles: checking the Wagtail permission would query on every page."""
        return self.is_active and (self.is_superuser or bool(self.role_names & roles.CMS_ROLES))

    @property
    def requires_mfa(self):
        return self.is_superuser or bool(self.role_names & roles.MFA_REQUIRED_ROLES)


class VerificationRequest(models.Model):
    """A request to be verified as a professional, decided by a beheerder."""

    class Status(models.TextChoices):
        PENDING = "pending", _("In behandeling")
        APPROVED = "approved", _("Goedgekeurd")
        DECLINED = "declined", _("Afgewezen")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("aanvrager"), on_delete=models.CASCADE,
        related_name="verification_requests",
    )
    organisation = models.ForeignKey(
        "taxonomy.Organisation", verbose_name=_("organisatie"), null=True, blank=True,
        on_delete=models.SET_NULL,
    )
    organisation_name = models.CharField(
        _("naam organisatie (als die niet in de lijst staat)"), max_length=200, blank=True
    )
    function = models.CharField(_("functie"), max_length=150)
    reason = models.TextField(_("waarom wilt u toegang als professional?"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("besloten door"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    decision_note = models.TextField(_("toelichting bij het besluit"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("verificatieverzoek")
        verbose_name_plural = _("verificatieverzoeken")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(status="pending"),
                name="one_pending_verification_request_per_user",
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_status_display()})"
