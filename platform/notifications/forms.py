"""Preferences: one general form, and one per group the person is in
(where "zoals algemeen" removes the group's own choice)."""

from django import forms

from groups.models import CommunityGroup

from . import services
from .models import Preference, Rhythm

SAME_AS_GENERAL = "general"


class PreferenceForm(forms.Form):
    in_site = forms.BooleanField(label="Tonen bij Meldingen op de site", required=False)
    mail = forms.ChoiceField(label="Mail", choices=Rhythm.choices, widget=forms.RadioSelect)

    def __init__(self, *args, group=None, **kwargs):
        self.group = group
        super().__init__(*args, **kwargs)
        if group is not None:
            self.fields["mail"].choices = [(SAME_AS_GENERAL, "Zoals mijn algemene keuze"),
                                           *Rhythm.choices]

    @classmethod
    def for_user(cls, user, group, data=None, stored=None):
        if stored is None:
            stored = Preference.objects.filter(user=user, group=group).first()
        if stored:
            initial = {"in_site": stored.in_site, "mail": stored.mail}
        elif group is None:
            initial = {"in_site": True, "mail": Rhythm.DIRECT}
        else:
            initial = {"in_site": True, "mail": SAME_AS_GENERAL}
        prefix = f"groep-{group.pk}" if group else "algemeen"
        return cls(data=data, initial=initial, prefix=prefix, group=group)

    def save(self, user):
        data = self.cleaned_data
        if self.group is not None and data["mail"] == SAME_AS_GENERAL:
            services.clear_group_preference(user, self.group)
        else:
            services.set_preference(user, self.group, in_site=data["in_site"], mail=data["mail"])


def group_forms(user, data=None):
    """[(group, form)] for every group `user` is a member of; two queries."""
    groups = list(CommunityGroup.objects.filter(memberships__user=user).order_by("name"))
    stored = {p.group_id: p for p in Preference.objects.filter(user=user, group__in=groups)}
    return [(group, PreferenceForm.for_user(user, group, data=data,
                                            stored=stored.get(group.pk, False)))
            for group in groups]
