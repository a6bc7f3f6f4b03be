"""allauth adapter: its error messages in our own Dutch, its mails in the
platform's name.

allauth's Dutch translation says "je/jouw"; the platform addresses people
with "u", in plain words (B1). These are the messages people meet most.
"""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.contrib.sites.models import Site
from django.utils.translation import gettext_lazy as _

from . import onboarding


def platform_site():
    """The site as the settings name it. allauth's mails would take Django's
    Site row, which says example.com until someone edits it by hand."""
    return Site(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


REAUTHENTICATION_LABELS = {
    "reauthenticate": _("Met uw wachtwoord"),
    "mfa_reauthenticate": _("Met een code uit uw authenticator-app of een herstelcode"),
}


class AccountAdapter(DefaultAccountAdapter):
    """Hooks allauth calls."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("Dit account is uitgeschakeld. Neem contact op met de beheerder."),
        "email_password_mismatch": _(
            "Het e-mailadres of het wachtwoord klopt niet. Controleer wat u hebt getypt."
        ),
        "email_taken": _(
            "Er is al een account met dit e-mailadres. Log in, of vraag een nieuw wachtwoord aan."
        ),
        "enter_current_password": _("Typ uw huidige wachtwoord."),
        "incorrect_code": _("Deze code klopt niet. Probeer de nieuwste code uit uw app."),
        "incorrect_password": _("Dit wachtwoord klopt niet."),
        "invalid_or_expired_key": _(
            "Deze link werkt niet meer. Vraag een nieuwe aan."
        ),
        "invalid_password_reset": _(
            "Deze link om uw wachtwoord te herstellen werkt niet meer. Vraag een nieuwe aan."
        ),
        "too_many_login_attempts": _(
            "Te veel inlogpogingen. Wacht een paar minuten en probeer het dan opnieuw."
        ),
        "unknown_email": _("Dit e-mailadres hoort niet bij een account."),
        "unverified_primary_email": _("Bevestig eerst uw e-mailadres."),
    }

    def send_mail(self, template_prefix, email, context):
        """Every allauth mail signs with the platform's name and address
        (templates in templates/account/email/ and templates/mfa/email/)."""
        super().send_mail(template_prefix, email, {
            **context,
            "current_site": platform_site(),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "site_url": settings.SITE_URL.rstrip("/"),
        })

    def login(self, request, user):
        """Note a first login before Django stamps last_login: the landing
        page, asked for later in this request, depends on it."""
        if user.last_login is None:
            onboarding.mark_first_visit(request)
        super().login(request, user)

    def get_login_redirect_url(self, request):
        return onboarding.landing_url(request, request.user)

    def get_signup_redirect_url(self, request):
        """After signing up and confirming in one go (allauth then logs in)."""
        return onboarding.landing_url(request, request.user)

    def get_email_verification_redirect_url(self, email_address):
        """Signed in (a new or an added address): the landing page; else the login."""
        if self.request.user.is_authenticated:
            return onboarding.landing_url(self.request, self.request.user)
        return super().get_email_verification_redirect_url(email_address)

    def get_reauthentication_methods(self, user):
        """The ways to confirm it is you, in our words ("je" in allauth's)."""
        methods = super().get_reauthentication_methods(user)
        for method in methods:
            method["description"] = REAUTHENTICATION_LABELS.get(method["id"], method["description"])
        return methods

    def get_http_user_agent(self, request):
        """Empty when the browser sent none: the mail then says "onbekend",
        where allauth would write "Unspecified"."""
        return request.META.get("HTTP_USER_AGENT", "")


class MFAAdapter(DefaultMFAAdapter):
    """allauth's tweestapsverificatie, with its refusals in our Dutch: one
    word for it (Tweestapsverificatie) and "u"."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "add_email_blocked": _(
            "U kunt geen e-mailadres toevoegen zolang tweestapsverificatie aan staat."
        ),
        "cannot_delete_authenticator": _("U kunt tweestapsverificatie nu niet uitzetten."),
        "cannot_generate_recovery_codes": _(
            "U kunt pas herstelcodes maken als tweestapsverificatie aan staat."
        ),
        "incorrect_code": _("Deze code klopt niet. Typ de nieuwste code uit uw app."),
        "unverified_email": _(
            "Bevestig eerst uw e-mailadres. Daarna kunt u tweestapsverificatie instellen."
        ),
    }
