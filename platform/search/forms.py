"""What a search URL may ask: anything else is ignored, never an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import registry
from .backends.base import ORDERS
from .documents import FACETS

MAX_QUERY = 200


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Zoeken naar"), max_length=MAX_QUERY, required=False,
                        strip=True)
    soort = forms.CharField(required=False, max_length=40)
    thema = forms.CharField(required=False, max_length=200)
    wijk = forms.CharField(required=False, max_length=200)
    doelgroep = forms.CharField(required=False, max_length=200)
    volgorde = forms.ChoiceField(
        label=_("Volgorde"), required=False,
        choices=[("relevantie", _("Beste resultaat eerst")), ("datum", _("Nieuwste eerst"))])
    pagina = forms.IntegerField(required=False, min_value=1, max_value=50)

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "")

    def clean_soort(self):
        value = self.cleaned_data["soort"]
        return value if registry.searchable_type(value) else ""

    def criteria(self):
        """(text, types, facets, order, page) from valid fields; a field that
        does not validate is dropped (an old link keeps working)."""
        self.is_valid()
        data = self.cleaned_data  # only the fields that validated
        text = data.get("q") or ""
        types = (data["soort"],) if data.get("soort") else ()
        facets = tuple((name, data[name]) for name in FACETS if data.get(name))
        order = data.get("volgorde") or ORDERS[0]
        return text, types, facets, order, data.get("pagina") or 1
