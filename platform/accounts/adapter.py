"""allauth adapter: its error messages in our own Dutch.

allauth's Dutch translation says "je/jouw"; the platform addresses people
with "u", in plain words (B1). These are the messages people meet most.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext_lazy as _


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
