"""The agenda in the CMS: events as snippets with drafts, revisions and scheduling.

What editors do to an event goes through the agenda's services, as on the
site: a published revision with more seats gives the waitlist its turn,
and an event unpublished or deleted while people are registered is called
off for them. Signals rather than the edit views' hooks, so scheduled
publishing (`publish_scheduled`) and proposals published at once count too.
"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.signals import published, unpublished
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet, UnpublishView

from .models import Event
from .services import events


def _called_off_warning(event):
    """What taking the event away does to the people registered, or ""."""
    count = events.still_registered(event)
    if not count:
        return ""
    return _("Er zijn %(count)s mensen aangemeld voor deze bijeenkomst. Zij krijgen een "
             "e-mail dat de bijeenkomst niet doorgaat, en aanmelden kan niet meer. Dat kunt u "
             "niet terugdraaien.") % {"count": count}


class EventUnpublishView(UnpublishView):
    """Unpublishing says first that it calls the event off for who registered."""

    def get_template_names(self):
        return ["agenda/cms/confirm_unpublish.html"]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs),
                "called_off_warning": _called_off_warning(self.object)}


class EventDeleteView(DeleteView):
    """Deleting says first that it calls the event off for who registered."""

    @property
    def confirmation_message(self):
        return " ".join(filter(None, [_called_off_warning(self.object),
                                      super().confirmation_message]))


class EventViewSet(SnippetViewSet):
    """Bijeenkomsten: edited with revisions; publishing puts them in the agenda."""

    model = Event
    icon = "date"
    menu_label = gettext_lazy("Agenda")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["title", "kind", "start", "live"]
    list_filter = ["kind", "live"]
    search_fields = ["title", "summary"]
    search_backend_name = None
    ordering = ["-start"]
    unpublish_view_class = EventUnpublishView
    delete_view_class = EventDeleteView


register_snippet(EventViewSet)


@receiver(published, sender=Event)
def _seats_follow_the_published_capacity(sender, instance, **kwargs):
    events.fill_free_seats(instance)


@receiver(unpublished, sender=Event)
@receiver(pre_delete, sender=Event)
def _taken_away_is_called_off(sender, instance, **kwargs):
    events.withdraw_event(instance)
