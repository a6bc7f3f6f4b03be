"""Events (wijkbijeenkomsten, scholingen, ...) as CMS snippets with drafts and revisions.

An event is content like any other: it has a visibility (public,
professionals or one group) and an owner, its organiser. It is listed and
served only when live and visible to the visitor.
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin
from wagtail.search import index

from access.models import AccessControlled, VisibleQuerySet
from access.pages import PageVisibility
from access.visibility import token_for
from accounts import roles

from .registrations import Registration


class EventKind(models.TextChoices):
    """The kinds of meeting the network holds."""

    WIJKBIJEENKOMST = "wijkbijeenkomst", _("Wijkbijeenkomst")
    SCHOLING = "scholing", _("Scholing")
    WEBINAR = "webinar", _("Webinar")
    INFORMATIEAVOND = "informatieavond", _("Informatieavond voor ouders")
    NETWERKBIJEENKOMST = "netwerkbijeenkomst", _("Netwerkbijeenkomst")


class Audience(models.TextChoices):
    """Who an event is meant for (who may see it is the visibility)."""

    PROFESSIONALS = "professionals", _("Professionals")
    PARENTS = "ouders", _("Ouders en jongeren")
    EVERYONE = "iedereen", _("Iedereen")


# Paths under /agenda/ that are not events.
RESERVED_SLUGS = frozenset({"archief", "plaatsen", "mijn-agenda", "aanmelding", "feed"})


class EventQuerySet(VisibleQuerySet):
    """Events a visitor may find: live, and visible to them."""

    def published(self):
        return self.filter(live=True)

    def with_sessions(self):
        """Each event's sessions in one extra query, for pages that show many events."""
        return self.prefetch_related("sessions")

    def with_seats_taken(self):
        """Each event's `seats_taken` counted in the same query, for lists (and
        the "only with free seats" filter). What holds a seat is
        `Registration.objects.holding_seats()`; one event counts the same way
        in `agenda.services.registrations.seats_taken`."""
        seats = (Registration.objects.holding_seats().filter(event=OuterRef("pk"))
                 .order_by().values("event").annotate(count=Count("pk")).values("count"))
        return self.annotate(seats_taken=Coalesce(Subquery(seats), 0))

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now())


class Event(DraftStateMixin, RevisionMixin, AccessControlled, index.Indexed, ClusterableModel):
    """A meeting people can register for; one registration covers all its sessions."""

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("webadres"), max_length=80, unique=True, allow_unicode=False)
    kind = models.CharField(_("soort"), max_length=20, choices=EventKind.choices)
    summary = models.TextField(
        _("samenvatting"), max_length=400, help_text=_("Eén of twee zinnen voor het overzicht.")
    )
    description = RichTextField(
        _("beschrijving"), blank=True, features=["bold", "italic", "link", "ul", "ol", "h2", "h3"]
    )
    start = models.DateTimeField(_("begint op"))
    end = models.DateTimeField(_("eindigt op"))
    location = models.CharField(
        _("locatie"), max_length=250, blank=True,
        help_text=_("Adres of gebouw. Leeg laten als het alleen online is."),
    )
    online_url = models.URLField(
        _("link naar online deelname"), blank=True,
        help_text=_("Alleen aangemelde deelnemers zien deze link."),
    )
    wijk = models.ForeignKey(
        "taxonomy.Wijk", verbose_name=_("wijk"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    themas = ParentalManyToManyField(
        "taxonomy.Thema", blank=True, related_name="+", verbose_name=_("thema's")
    )
    audience = models.CharField(
        _("voor wie"), max_length=20, choices=Audience.choices, default=Audience.PROFESSIONALS
    )
    organiser_name = models.CharField(_("organisator"), max_length=200)
    contact_email = models.EmailField(_("e-mail voor vragen"))
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), null=True, blank=True,
        help_text=_("Leeg laten als er geen maximum is."),
    )
    registration_opens = models.DateTimeField(_("aanmelden kan vanaf"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("aanmelden kan tot"), null=True, blank=True)
    question = models.CharField(
        _("vraag aan deelnemers"), max_length=250, blank=True,
        help_text=_("Bijvoorbeeld: welke vraag wilt u bespreken? Leeg laten voor geen vraag."),
    )
    cancelled_at = models.DateTimeField(_("afgelast op"), null=True, blank=True, editable=False)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EventQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
             InlinePanel("sessions", label=_("Losse bijeenkomsten"), heading=_("Sessies"))],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [FieldPanel("location"), FieldPanel("online_url"), FieldPanel("wijk")],
            heading=_("Waar"),
        ),
        FieldPanel("themas", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("capacity"),
             FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
             FieldPanel("question")],
            heading=_("Aanmelden"),
        ),
        FieldRowPanel([FieldPanel("organiser_name"), FieldPanel("contact_email")]),
        MultiFieldPanel(
            [FieldPanel("visibility", widget=forms.RadioSelect), FieldPanel("access_group")],
            heading=_("Wie mag dit zien?"),
        ),
        InlinePanel("materials", label=_("Materiaal"), heading=_("Materiaal achteraf")),
    ]
    search_fields = [
        index.SearchField("title"), index.SearchField("summary"),
        index.SearchField("description"), index.FilterField("live"),
    ]

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")),
                                   name="event_ends_after_start"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("event_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Dit webadres is al in gebruik in de agenda. "
                                             "Kies een ander.")})
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt voor het begin. Kijk de tijden na.")})

    def with_content_json(self, content):
        """The event as a revision has it, but still called off if it is now:
        publishing an older revision must not quietly bring it back."""
        event = super().with_content_json(content)
        event.cancelled_at = self.cancelled_at
        return event

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def is_manageable_by(self, user):
        """Whether `user` may see the participants and call the event off:
        organisers their own events, beheerders every event."""
        if not (user.is_authenticated and user.is_active):
            return False
        return self.owner_id == user.pk or user.is_superuser or user.has_role(roles.BEHEERDER)

    def seats_left_after(self, taken):
        """Seats left when `taken` are taken; None when there is no maximum."""
        if self.capacity is None:
            return None
        return max(0, self.capacity - taken)

    @property
    def free_seats(self):
        """Seats left, from `with_seats_taken()`'s annotation; None without a maximum."""
        return self.seats_left_after(self.seats_taken)

    @property
    def is_online(self):
        return bool(self.online_url) and not self.location

    @cached_property
    def sessions_in_order(self):
        """The sessions by start time (an editor may enter them in any order);
        read from `with_sessions()`'s prefetch when the list made one."""
        return sorted(self.sessions.all(),
                      key=lambda session: (session.start, session.sort_order or 0))

    @property
    def is_series(self):
        """Whether the event meets more than once; one session is just the event itself."""
        return len(self.sessions_in_order) > 1

    def listed_session(self, now=None):
        """The session a list shows: the next one not yet over, or the first once all are."""
        sessions = self.sessions_in_order
        now = now or timezone.now()
        return next((session for session in sessions if session.end >= now),
                    sessions[0] if sessions else None)


class EventSession(Orderable):
    """One meeting of a series; a registration covers every session."""

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("titel"), max_length=200, blank=True)
    start = models.DateTimeField(_("begint op"))
    end = models.DateTimeField(_("eindigt op"))

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")


class EventMaterial(Orderable):
    """What participants take home: a presentation, a summary, a link.

    Each has its own visibility; a document is also checked by its own
    visibility when it is downloaded.
    """

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("korte samenvatting"), blank=True)
    document = models.ForeignKey(
        "documents.PlatformDocument", verbose_name=_("document"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    url = models.URLField(_("link"), blank=True)
    visibility = models.CharField(
        _("zichtbaarheid"), max_length=16, choices=PageVisibility.choices,
        default=PageVisibility.PROFESSIONALS,
    )

    panels = [FieldPanel("title"), FieldPanel("summary"), FieldPanel("document"),
              FieldPanel("url"), FieldPanel("visibility", widget=forms.RadioSelect)]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")
        verbose_name_plural = _("materiaal")

    @property
    def access_token(self):
        return token_for(self.visibility)
