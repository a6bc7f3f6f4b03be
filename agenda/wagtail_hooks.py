"""The agenda in the CMS: events as snippets with drafts, revisions and scheduling."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Event


class EventViewSet(SnippetViewSet):
    """Bijeenkomsten: edited with revisions; publishing puts them in the agenda."""

    model = Event
    icon = "date"
    menu_label = _("Agenda")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["title", "kind", "start", "live"]
    list_filter = ["kind", "live"]
    search_fields = ["title", "summary"]
    search_backend_name = None
    ordering = ["-start"]


register_snippet(EventViewSet)
