"""Filters above the post lists (GET form, see core.listing)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm, thema_filter, wijk_filter


class PostFilterForm(ListingFilterForm):
    """Thema, wijk, "only mine" and "only what I follow"."""

    thema = thema_filter()
    wijk = wijk_filter()
    mijn = forms.BooleanField(label=_("Alleen mijn berichten"), required=False)
    volg = forms.BooleanField(label=_("Alleen berichten die ik volg"), required=False)
    lookups = {"thema": "themas", "wijk": "wijken"}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.is_authenticated:
            del self.fields["mijn"]
            del self.fields["volg"]

    def narrow(self, queryset, name, value):
        if name == "mijn":
            return queryset.filter(owner=self.user)
        if name == "volg":
            return queryset.filter(follows__user=self.user)
        return super().narrow(queryset, name, value)
