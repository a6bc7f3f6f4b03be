"""Forms for reporting an item and for a moderator's action on a report."""

from django import forms
from django.utils.translation import gettext_lazy as _

from privacy.forms import PrivacyGuardedForm

from ..models import ModerationLog, Report

Action = ModerationLog.Action

# The log names what was done; the form says what the moderator is about to do.
ACTION_CHOICES = {
    Action.HIDE: _("Verbergen: niemand ziet het nog op de site"),
    Action.RESTORE: _("Terugzetten: weer zichtbaar op de site"),
    Action.WARN: _("De schrijver waarschuwen per e-mail, met uw toelichting"),
    Action.BLOCK: _("Het account van de schrijver blokkeren, met uw toelichting als reden"),
    Action.DISMISS: _("De melding afwijzen: er hoeft niets te gebeuren"),
}


class ReportForm(PrivacyGuardedForm):
    """Why someone reports an item. Only moderators read the explanation,
    but it is free text, so the privacy guard reads it too."""

    guarded_fields = ("explanation",)

    reason = forms.ChoiceField(
        label=_("Wat is er aan de hand?"), choices=Report.Reason.choices,
        widget=forms.RadioSelect, error_messages={"required": _("Kies een reden.")},
    )
    explanation = forms.CharField(
        label=_("Toelichting"), required=False, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Alleen moderators lezen dit. Een naam hoeft u niet over te nemen: de "
                    "moderator ziet wat u meldt."),
    )


class ModerationForm(PrivacyGuardedForm):
    """A moderator's action on a report, with a note for the log.

    `actions` are the ones the service allows now. The note is required for
    a warning and a block (the service says so); the author reads it then.
    """

    guarded_fields = ("note",)

    action = forms.ChoiceField(label=_("Wat doet u?"), widget=forms.RadioSelect,
                               error_messages={
                                   "required": _("Kies wat u doet."),
                                   "invalid_choice": _("Dat kan niet (meer) bij deze melding."),
                               })
    note = forms.CharField(
        label=_("Toelichting"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Komt in het logboek. Bij een waarschuwing of blokkade krijgt de schrijver "
                    "deze tekst per e-mail; wie meldde, krijgt hem niet."),
    )

    def __init__(self, *args, actions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [(action, ACTION_CHOICES[action]) for action in actions]
        if not {Action.WARN, Action.BLOCK} & set(actions):
            self.fields["note"].help_text = _("Komt in het logboek.")
