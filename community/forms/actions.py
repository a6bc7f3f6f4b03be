"""Forms of the action list: adding or changing an action, and its filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, option_filter
from privacy.forms import PrivacyGuardedForm

from ..models import Action
from ..services import actions

NOT_A_MEMBER = _("Kies iemand die lid is van de groep.")


class MemberChoiceField(forms.ModelChoiceField):
    """A member of the group, shown by name."""

    def __init__(self, **kwargs):
        super().__init__(queryset=None, empty_label=_("Kies een lid"),
                         error_messages={"invalid_choice": NOT_A_MEMBER,
                                         "required": NOT_A_MEMBER}, **kwargs)

    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.email


class ActionForm(PrivacyGuardedForm):
    """Who does what by when, and reports back to whom. People are chosen
    from the group's members; the privacy guard reads the description."""

    guarded_fields = ("description",)

    assignee = MemberChoiceField(label=_("Wie doet het?"))
    description = forms.CharField(
        label=_("Wat gaat diegene doen?"), max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kort en concreet, bijvoorbeeld: belt de school over een gesprek."),
        error_messages={"required": _("Schrijf op wat er moet gebeuren.")},
    )
    due_date = forms.DateField(
        label=_("Uiterlijk klaar op"),
        # A date input shows only an ISO value, whatever the language's format.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Kies de dag waarop het klaar moet zijn."),
                        "invalid": _("Schrijf de datum als dag-maand-jaar, "
                                     "bijvoorbeeld 15-03-2026.")},
    )
    report_to = MemberChoiceField(label=_("Meldt terug aan"))

    def __init__(self, *args, group, action=None, user=None, **kwargs):
        """`action` is the one being changed; a new action is reported to
        `user` (who adds it) unless they choose someone else."""
        if action is not None:
            kwargs.setdefault("initial", {name: getattr(action, name) for name in actions.FIELDS})
        elif user is not None:
            kwargs.setdefault("initial", {"report_to": user})
        super().__init__(*args, **kwargs)
        self.action = action
        keep = (action.assignee_id, action.report_to_id) if action else ()
        people = actions.group_members(group, keep)
        self.fields["assignee"].queryset = people
        self.fields["report_to"].queryset = people

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        actions.validate_due_date(due_date, self.action.due_date if self.action else None)
        return due_date

    @property
    def values(self):
        """The cleaned fields, as the services in services/actions.py take them."""
        return {name: self.cleaned_data[name] for name in actions.FIELDS}


class ActionFilterForm(ListingFilterForm):
    """Open, overdue or done; and only the actions assigned to me."""

    OPEN, OVERDUE, DONE = "open", "te-laat", "klaar"

    status = option_filter(
        [(OPEN, _("Open")), (OVERDUE, _("Te laat")), (DONE, _("Klaar"))],
        _("Status"), _("Alle acties"))
    mijn = forms.BooleanField(label=_("Alleen acties voor mij"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def narrow(self, queryset, name, value):
        if name == "mijn":
            return queryset.filter(assignee=self.user)
        if value == self.OVERDUE:
            return queryset.overdue()
        status = Action.Status.DONE if value == self.DONE else Action.Status.OPEN
        return queryset.filter(status=status)
