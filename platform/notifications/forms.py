"""Preferences: one general form, and one per group the person is in, where
each choice may follow the general one ("Zoals mijn algemene keuze")."""

from django import forms

from groups.models import CommunityGroup

from . import services
from .models import Preference, Rhythm

SAME_AS_GENERAL = "general"
FOLLOW = [(SAME_AS_GENERAL, "Zoals mijn algemene keuze")]
YES_NO = [("yes", "Ja"), ("no", "Nee")]


class PreferenceForm(forms.Form):
    """The general choice: in the site or not, and how mail comes."""

    in_site = forms.BooleanField(label="Tonen bij Meldingen op de site", required=False)
    mail = forms.ChoiceField(label="Mail", choices=Rhythm.choices, widget=forms.RadioSelect)

    @classmethod
    def for_user(cls, user, data=None):
        stored = Preference.objects.filter(user=user, group=None).first()
        initial = ({"in_site": stored.in_site is not False, "mail": stored.mail or Rhythm.DIRECT}
                   if stored else {"in_site": True, "mail": Rhythm.DIRECT})
        return cls(data=data, initial=initial, prefix="algemeen")

    def save(self, user):
        services.set_preference(user, None, in_site=self.cleaned_data["in_site"],
                                mail=self.cleaned_data["mail"])


class GroupPreferenceForm(forms.Form):
    """One group's choice; each field may follow the general choice."""

    in_site = forms.ChoiceField(label="Tonen bij Meldingen op de site", choices=FOLLOW + YES_NO,
                                widget=forms.RadioSelect)
    mail = forms.ChoiceField(label="Mail", choices=FOLLOW + Rhythm.choices,
                             widget=forms.RadioSelect)

    def __init__(self, *args, group, **kwargs):
        self.group = group
        super().__init__(*args, **kwargs)

    @classmethod
    def for_group(cls, group, stored, data=None):
        in_site = SAME_AS_GENERAL
        if stored and stored.in_site is not None:
            in_site = "yes" if stored.in_site else "no"
        mail = stored.mail if stored and stored.mail else SAME_AS_GENERAL
        return cls(data=data, initial={"in_site": in_site, "mail": mail},
                   prefix=f"groep-{group.pk}", group=group)

    def save(self, user):
        in_site, mail = self.cleaned_data["in_site"], self.cleaned_data["mail"]
        services.set_preference(
            user, self.group,
            in_site=None if in_site == SAME_AS_GENERAL else in_site == "yes",
            mail=None if mail == SAME_AS_GENERAL else mail)


def group_forms(user, data=None):
    """[(group, form)] for every group `user` is a member of; two queries."""
    groups = list(CommunityGroup.objects.filter(memberships__user=user).order_by("name"))
    stored = {p.group_id: p for p in Preference.objects.filter(user=user, group__in=groups)}
    return [(group, GroupPreferenceForm.for_group(group, stored.get(group.pk), data=data))
            for group in groups]
