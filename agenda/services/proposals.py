"""Proposing an event from the site ("Bijeenkomst plaatsen").

A professional fills in a form (`agenda.forms.proposals.ProposalForm`); the
event is saved as a draft with a revision in the CMS, owned by them. Who may
publish events (redacteuren, beheerders) publishes at once; everyone else's
proposal waits until a redacteur publishes it in the CMS, and the redacteuren
get a mail.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _

from access.visibility import Visibility
from accounts import roles
from core.mail import absolute_url, mail_on_commit
from core.slugs import save_with_unique_slug, slug_base
from groups.api import is_member

from ..models import Event
from ..models.events import RESERVED_SLUGS

PUBLISH_PERMISSION = "agenda.publish_event"

# The event's fields a proposer fills in; the rest can follow in the CMS.
PROPOSAL_FIELDS = (
    "title", "kind", "audience", "summary", "description", "start", "end", "location",
    "online_url", "wijk", "themas", "capacity", "registration_closes", "question",
    "organiser_name", "contact_email", "visibility", "access_group",
)


def propose_event(user, data):
    """Save a proposal as a draft revision owned by `user`; publish it at once
    when they may publish events, else mail the redacteuren.

    `data` holds PROPOSAL_FIELDS as ProposalForm cleans them (`themas` a list,
    `description` plain text with blank lines between paragraphs). Raises
    PermissionDenied for who may not propose, ValidationError for an event
    that cannot be saved.
    """
    if not user.is_professional:
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen een bijeenkomst "
                                 "plaatsen."))
    event = _draft(user, data)
    with transaction.atomic():
        save_with_unique_slug(event, slug_base(event.title, max_length=70, fallback="bijeenkomst"),
                              reserved=RESERVED_SLUGS)
        revision = event.save_revision(user=user)
        if user.has_perm(PUBLISH_PERMISSION):
            revision.publish(user=user)
        else:
            _tell_the_redactie(event)
    return event


def _draft(user, data):
    """The unsaved, validated event (its thema's are saved with it)."""
    fields = {name: data[name] for name in PROPOSAL_FIELDS if name in data}
    fields["themas"] = list(fields.get("themas") or [])
    fields["description"] = _paragraphs(fields.get("description", ""))
    event = Event(**fields, owner=user, live=False)
    _check_audience(user, event)
    event.full_clean(exclude=["slug"])
    return event


def _paragraphs(text):
    """Plain text as the rich-text field stores it: a <p> per paragraph."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n")) if text else ""


def _check_audience(user, event):
    """A proposal is for everyone, professionals or one of the proposer's own groups."""
    if event.visibility == Visibility.PRIVATE:
        raise ValidationError({"visibility": _("Kies wie deze bijeenkomst mag zien.")})
    if event.access_group_id and not is_member(user, event.access_group):
        raise ValidationError({"access_group": _("Kies een groep waarvan u lid bent.")})


def _tell_the_redactie(event):
    mail_on_commit("agenda/email/proposal_new", roles.addresses_of(roles.REDACTEUR), {
        "event": event,
        "cms_url": absolute_url("wagtailsnippets_agenda_event:edit", event.pk),
    })
