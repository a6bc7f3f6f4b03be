"""Password rules with messages in plain Dutch.

Django's Dutch translation lacks the minimum-length message, so people saw
it in English; this validator words it (and its help text) itself.
"""

from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext


class DutchMinimumLengthValidator(MinimumLengthValidator):
    """Django's minimum length rule, explained in Dutch."""

    def get_error_message(self):
        return ngettext(
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Uw wachtwoord heeft minstens %(min_length)d teken.",
            "Uw wachtwoord heeft minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}
