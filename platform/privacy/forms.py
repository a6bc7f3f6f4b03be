"""The form half of the privacy guard, for every form whose free text others read."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .guard import REMINDER, check, needs_confirmation, refusals


class PrivacyGuardedForm(forms.Form):
    """Runs the privacy guard over `guarded_fields` when the form is cleaned.

    A BSN is an error on its field. A possible name or birth date is an error
    until the writer ticks "confirm_privacy" (shown only then). The typed
    text stays in the form either way.
    """

    guarded_fields = ()
    privacy_reminder = REMINDER

    confirm_privacy = forms.BooleanField(
        label=_("Ik heb het nagekeken: er staat niets in waaraan iemand een kind herkent."),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_questions = []
        # The confirmation belongs under the text it is about.
        self.fields["confirm_privacy"] = self.fields.pop("confirm_privacy")

    def clean(self):
        data = super().clean()
        questions = []
        for name in self.guarded_fields:
            findings = check(data.get(name, ""))
            for finding in refusals(findings):
                self.add_error(name, finding.message)
            questions += needs_confirmation(findings)
        if questions and not data.get("confirm_privacy"):
            self.privacy_questions = questions
            for finding in questions:
                self.add_error(None, finding.message)
        return data

    @property
    def asks_confirmation(self):
        return bool(self.privacy_questions)
