"""What the agenda makes findable through the one search service: events
("activiteit", label "Agenda"). Registered from AgendaConfig.ready().

- Findable: live events, as the agenda lists them (`Event.objects.published()`),
  upcoming and past alike (past ones carry their materials). A draft, or an
  event unpublished or expired in the CMS, is not findable.
- A cancelled event stays findable, as it stays in the agenda, with
  "Afgelast:" in front of its title so nobody sets out for it.
- The token is the event's (`access_token`: public, professionals, or one
  group, also when a closed or secret group narrows wider visibility).
- In the parents' search: public events meant for parents (audience
  "Ouders en jongeren" or "Iedereen"). The doelgroep facet follows the
  audience.
- Text: summary, description, kind, place, organiser, thema's, and each
  material's title and summary only when every holder of the event's token
  may see that material. Never the online link, the contact address or the
  question to participants.

Triggers: a group changing visibility changes its events' token; a thema or
wijk renamed or deleted changes their facets; a material saved or deleted changes the
text.
"""

from django.utils.translation import gettext, gettext_lazy
from wagtail.rich_text import get_text_for_indexing

from access.tokens import index_tokens
from access.visibility import GROUP_PREFIX, NOBODY_TOKEN, PROFESSIONALS_TOKEN, PUBLIC_TOKEN
from groups.models import CommunityGroup
from search.documents import Document
from search.registry import SearchableType, register_trigger, register_type
from taxonomy.models import Thema, Wijk

from .models import Audience, Event, EventMaterial

EVENT = "activiteit"
# Who the doelgroep facet says an event is for.
AUDIENCE_GROUPS = {
    Audience.PROFESSIONALS: [Audience.PROFESSIONALS.label],
    Audience.PARENTS: [Audience.PARENTS.label],
    Audience.EVERYONE: [Audience.PARENTS.label, Audience.PROFESSIONALS.label],
}
FOR_PARENTS = (Audience.PARENTS, Audience.EVERYONE)


def _events():
    return (Event.objects.published().select_related("access_group", "wijk")
            .prefetch_related("themas", "materials"))


def _readable_materials(event, token):
    """Materials every holder of `token` may see: public ones always;
    professionals' ones when the token is held by professionals only (the
    professionals token, or a group's: tokens_for gives a group's token to
    verified professionals alone). A private event's owner holds only their
    own token, so it gets the public ones."""
    professionals_only = token == PROFESSIONALS_TOKEN or token.startswith(GROUP_PREFIX)
    for material in event.materials.all():
        material_token = material.access_token
        if material_token == PUBLIC_TOKEN or (
                professionals_only and material_token == PROFESSIONALS_TOKEN):
            yield material


def event_document(event):
    """The Document of a live event, or None when it is not to be found."""
    if not event.live:
        return None
    token = index_tokens(event)[0]
    if token == NOBODY_TOKEN:
        return None
    title = event.title
    if event.is_cancelled:
        title = gettext("Afgelast: %(title)s") % {"title": title}
    themas = sorted(thema.name for thema in event.themas.all())
    materials = [part for material in _readable_materials(event, token)
                 for part in (material.title, material.summary)]
    body = [get_text_for_indexing(event.description or ""), event.get_kind_display(),
            event.location, event.wijk.name if event.wijk else "", event.organiser_name,
            *materials, *themas]
    return Document(
        type=EVENT, object_id=event.pk, title=title, url=event.get_absolute_url(),
        access_token=token, summary=event.summary,
        body="\n".join(part for part in body if part),
        date=event.start, themas=themas, wijken=[event.wijk.name] if event.wijk else [],
        doelgroepen=[str(label) for label in AUDIENCE_GROUPS.get(event.audience, [])],
        parents=token == PUBLIC_TOKEN and event.audience in FOR_PARENTS,
    )


TRIGGERS = [
    # A group turning closed or secret (or open again) changes the token of
    # the events it holds.
    ("agenda.group-events", CommunityGroup, EVENT,
     lambda group: Event.objects.filter(access_group_id=group.pk)),
    ("agenda.thema-events", Thema, EVENT, lambda thema: Event.objects.filter(themas__pk=thema.pk)),
    ("agenda.wijk-events", Wijk, EVENT, lambda wijk: Event.objects.filter(wijk_id=wijk.pk)),
    ("agenda.material-event", EventMaterial, EVENT, lambda material: [material.event_id]),
]


def register():
    """Called from AgendaConfig.ready()."""
    register_type(SearchableType(EVENT, gettext_lazy("Agenda"), Event, _events, event_document,
                                 25))
    for name, model, type_name, affected in TRIGGERS:
        register_trigger(name, model, type_name, affected)
