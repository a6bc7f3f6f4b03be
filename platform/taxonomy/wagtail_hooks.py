"""Reference data in the CMS, under one menu group: Referentiedata.

Who may add or change terms follows the model permissions (the beheerder
role has them, see accounts.roles); Wagtail hides what one may not do.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList, TitleFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.slug import SlugInput

from .forms import SlugFromNameForm
from .models import Expertise, Gemeente, Organisation, Thema, Wijk


def _panels(*panels):
    """Name with slug sync first, then the given panels."""
    return ObjectList(
        [TitleFieldPanel("name", placeholder=False), FieldPanel("slug", widget=SlugInput),
         *panels],
        base_form_class=SlugFromNameForm,
    )


class ReferenceViewSet(ModelViewSet):
    """Shared settings: search by name in the database (no search index)."""

    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
    add_to_admin_menu = False


class GemeenteViewSet(ReferenceViewSet):
    """Municipalities of the region."""

    model = Gemeente
    name = "gemeenten"
    icon = "site"
    list_display = ["name", "slug"]
    edit_handler = _panels()


class WijkViewSet(ReferenceViewSet):
    """Wijken, filtered by gemeente."""

    model = Wijk
    name = "wijken"
    icon = "pick"
    list_display = ["name", "gemeente"]
    list_filter = ["gemeente"]
    edit_handler = _panels(FieldPanel("gemeente"))


class OrganisationViewSet(ReferenceViewSet):
    """Organisations, filtered by type and wijk; their email domains verify staff."""

    model = Organisation
    name = "organisaties"
    icon = "group"
    list_display = ["name", "type", "wijk", "email_domains"]
    list_filter = ["type", "wijk"]
    list_per_page = 50
    edit_handler = _panels(
        FieldPanel("type"), FieldPanel("wijk"), FieldPanel("website"),
        FieldPanel("email_domains"), FieldPanel("themas"), FieldPanel("expertise"),
    )


class ThemaViewSet(ReferenceViewSet):
    """The thema vocabulary content is found by."""

    model = Thema
    name = "themas"
    icon = "tag"
    list_display = ["name", "slug"]
    edit_handler = _panels(FieldPanel("description"), FieldPanel("synonyms"))


class ExpertiseViewSet(ReferenceViewSet):
    """The expertise vocabulary of profiles and organisations."""

    model = Expertise
    name = "expertise"
    icon = "tag"
    list_display = ["name", "slug"]
    edit_handler = _panels(FieldPanel("synonyms"))


class ReferenceDataGroup(ModelViewSetGroup):
    """The 'Referentiedata' menu: places, organisations, vocabularies."""

    menu_label = _("Referentiedata")
    menu_icon = "folder-open-inverse"
    menu_order = 800
    items = (GemeenteViewSet, WijkViewSet, OrganisationViewSet, ThemaViewSet, ExpertiseViewSet)


@hooks.register("register_admin_viewset")
def register_reference_data():
    return ReferenceDataGroup()
