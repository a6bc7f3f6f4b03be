"""Filtered, paginated lists, as every section shows them.

A `ListingFilterForm` is a GET form: `lookups` maps each field to a queryset
lookup. A value that no longer exists (an old link to a removed thema) is
shown as an error on that field and ignored; the other filters still apply.

Option labels pass through the registered label writers, so a pillar that
knows the abbreviations (the kennisbank's Begrippen) has every filter show
"Voor- en vroegschoolse educatie (VVE)" rather than a bare "VVE".
"""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Thema, Wijk

PAGE_PARAMETER = "pagina"
UNKNOWN_CHOICE = _("Deze keuze bestaat niet (meer). Kies een andere; nu ziet u alles.")

_label_writers = []


def register_option_label_writer(writer):
    """Pass every filter option's label through `writer(label) -> label` from now on."""
    if writer not in _label_writers:
        _label_writers.append(writer)


def written_out(label):
    """`label` as the registered writers spell it out."""
    for writer in _label_writers:
        label = writer(label)
    return label


def choice_filter(queryset, label, empty_label):
    """An optional filter on one of `queryset`, chosen by slug."""
    return forms.ModelChoiceField(
        queryset, to_field_name="slug", required=False, label=label, empty_label=empty_label,
        error_messages={"invalid_choice": UNKNOWN_CHOICE},
    )


def option_filter(choices, label, everything, coerce=str):
    """An optional filter on one of fixed `choices` (a sector, a level, a kind)."""
    return forms.TypedChoiceField(
        choices=[("", everything), *choices], required=False, label=label, coerce=coerce,
        error_messages={"invalid_choice": UNKNOWN_CHOICE},
    )


def thema_filter():
    return choice_filter(Thema.objects.all(), _("Thema"), _("Alle thema's"))


def wijk_filter():
    return choice_filter(Wijk.objects.all(), _("Wijk"), _("Alle wijken"))


class ListingFilterForm(forms.Form):
    """Base for listing filters: `lookups` maps a field to its queryset lookup."""

    lookups = {}

    def __init__(self, data=None, **kwargs):
        # Unbound when no filter is given, so an empty form shows no errors.
        relevant = {name: data[name] for name in self.base_fields if data and data.get(name)}
        super().__init__(relevant or None, **kwargs)
        for field in self.fields.values():
            _write_out_options(field)

    def apply(self, queryset):
        """`queryset` narrowed by every valid filter value."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name, value in self.cleaned_data.items():
            if value not in (None, "", False):
                queryset = self.narrow(queryset, name, value)
        return queryset

    def narrow(self, queryset, name, value):
        return queryset.filter(**{self.lookups[name]: value})

    @property
    def active(self):
        """True when the list is narrowed by at least one filter."""
        return self.is_bound and any(
            v not in (None, "", False) for v in self.cleaned_data.values())


def _write_out_options(field):
    if isinstance(field, forms.ModelChoiceField):
        field.label_from_instance = lambda obj: written_out(str(obj))
    elif isinstance(field, forms.ChoiceField):
        field.choices = [(value, written_out(label)) for value, label in field.choices]


def paginate(request, items, per_page):
    """The requested page of `items` (`?pagina=`; a wrong number gives the nearest page)."""
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))
