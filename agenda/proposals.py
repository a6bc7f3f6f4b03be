"""Proposing an event from the site ("Bijeenkomst plaatsen").

A professional fills in a form; the event is saved as a draft with a
revision in the CMS, owned by them. Who may publish events (redacteuren,
beheerders) publishes at once; everyone else's proposal waits until a
redacteur publishes it in the CMS, and the redacteuren get a mail.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from accounts import roles
from core.fields import HttpsURLField
from core.mail import absolute_url, mail_on_commit
from groups.api import group_ids_for
from groups.models import CommunityGroup
from privacy.forms import PrivacyGuardedForm

from .models import Event
from .models.events import RESERVED_SLUGS

PUBLISH_PERMISSION = "agenda.publish_event"


class ProposalForm(PrivacyGuardedForm, forms.ModelForm):
    """The event's fields a proposer fills in; the rest can follow in the CMS.

    Everyone who finds the event reads its texts, so the privacy guard does too.
    """

    guarded_fields = ("title", "summary", "description", "question")

    description = forms.CharField(
        label=_("Beschrijving"), required=False, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Wat gaat er gebeuren, voor wie is het, wat moet men meenemen?"),
    )

    class Meta:
        model = Event
        fields = [
            "title", "kind", "audience", "summary", "description", "start", "end", "location",
            "online_url", "wijk", "themas", "capacity", "registration_closes", "question",
            "organiser_name", "contact_email", "visibility", "access_group",
        ]
        field_classes = {"online_url": HttpsURLField}
        widgets = {
            "start": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "end": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "registration_closes": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "themas": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        # Only groups the proposer belongs to; private events make no sense here.
        self.fields["access_group"].queryset = CommunityGroup.objects.filter(
            pk__in=group_ids_for(user))
        self.fields["visibility"].choices = [
            c for c in self.fields["visibility"].choices if c[0] != "private"]
        for name in ("start", "end", "registration_closes"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%d-%m-%Y %H:%M"]
        if not self.is_bound:
            self.initial.setdefault("contact_email", user.email)

    def clean(self):
        data = super().clean()
        if data.get("visibility") == "group" and not data.get("access_group"):
            self.add_error("access_group", _("Kies de groep die deze bijeenkomst mag zien."))
        return data


def unique_slug(title):
    base = slugify(title)[:70] or "bijeenkomst"
    slug, number = base, 1
    while slug in RESERVED_SLUGS or Event.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def propose_event(form):
    """Save the proposal as a draft revision; publish it when the proposer may."""
    user = form.user
    with transaction.atomic():
        event = form.save(commit=False)
        event.slug = unique_slug(event.title)
        event.owner = user
        event.live = False
        if event.description:
            event.description = "".join(
                f"<p>{escape(part)}</p>" for part in event.description.split("\n\n"))
        event.save()
        form.save_m2m()
        revision = event.save_revision(user=user)
        if user.has_perm(PUBLISH_PERMISSION):
            revision.publish(user=user)
        else:
            _tell_the_redactie(event)
    return event


def _tell_the_redactie(event):
    editors = get_user_model().objects.filter(groups__name=roles.REDACTEUR, is_active=True)
    mail_on_commit("agenda/email/proposal_new", editors.values_list("email", flat=True), {
        "event": event,
        "cms_url": absolute_url("wagtailsnippets_agenda_event:edit", event.pk),
    })
