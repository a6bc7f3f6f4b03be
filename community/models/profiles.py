"""A professional's profile: who they are, where they work, what they know.

Profiles are for professionals only. Each field except the display name has
its own visibility: all professionals, or only the owner. The checks use the
access tokens of the one access model, so a profile follows the same rules
as content.
"""

import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from access.tokens import tokens_for
from access.visibility import PROFESSIONALS_TOKEN, Visibility, token_for
from accounts import roles

# The fields a person can hide; the display name is always shown.
VISIBILITY_FIELDS = ("function", "organisation", "wijken", "expertise", "bio", "photo")
BIO_MAX_LENGTH = 600
# More words than this only make the network search longer, not its answer better.
MAX_SEARCH_WORDS = 8
# The network's free text narrows to at most this many profiles the search
# engine finds (best first); the other filters then apply to those.
MAX_SEARCH_HITS = 2000


class FieldVisibility(models.TextChoices):
    """Who sees one profile field; the values are access-model visibilities."""

    PROFESSIONALS = Visibility.PROFESSIONALS.value, _("Alle professionals")
    ONLY_ME = Visibility.PRIVATE.value, _("Alleen ik")


def photo_upload_to(profile, filename):
    """A random name: the stored file reveals nothing about its owner."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"profielfotos/{uuid.uuid4().hex}.{extension}"


def _visibility_field(label):
    return models.CharField(
        label, max_length=16, choices=FieldVisibility.choices,
        default=FieldVisibility.PROFESSIONALS,
    )


class ProfileQuerySet(models.QuerySet):
    """Profiles narrowed to what a viewer may open."""

    def visible_to(self, user):
        """Professionals see the profiles of active professionals, except the
        ones a moderator hid; everyone who is signed in sees their own. Anyone
        else sees none."""
        if not getattr(user, "is_authenticated", False) or not user.is_active:
            return self.none()
        own = Q(user_id=user.pk)
        if PROFESSIONALS_TOKEN not in tokens_for(user):
            return self.filter(own)
        is_professional = Exists(
            get_user_model().groups.through.objects.filter(
                user_id=OuterRef("user_id"), group__name=roles.PROFESSIONAL
            )
        )
        return self.filter(
            own | (Q(user__is_active=True, hidden_at__isnull=True) & is_professional))

    def for_user(self, user):
        """The user's own profile; for an account without one (it predates
        profiles) an unsaved profile with the default name. Never writes:
        services.profiles.ensure_profile makes the profile."""
        try:
            return self.get(user=user)
        except self.model.DoesNotExist:
            return self.model(user=user, display_name=default_display_name(user))

    def in_network(self, viewer):
        """Mijn netwerk: the profiles `viewer` may find, sorted by name (active
        verified professionals, without the ones a moderator hid)."""
        return (
            self.visible_to(viewer)
            .select_related("organisation").prefetch_related("wijken", "expertise")
            .order_by(Lower("display_name"), "pk")
        )

    def contactable_by(self, sender):
        """The profiles `sender` may write to: never their own. Narrow it further
        with visible_to(sender), which also leaves out the ones a moderator hid."""
        return self.exclude(user_id=sender.pk).select_related("user")

    def matching(self, name, value, viewer):
        """The profiles one filter of the network page matches (see
        NETWORK_FILTERS, and "zoek" for the search words).

        A field someone keeps to themselves ("Alleen ik") is not only left
        off the page: no filter and no search word may match it either, or
        trying values one by one would reveal it. So every condition holds
        only where its field is visible to the viewer (field_shown).
        """
        if name == "zoek":
            return self.filter(_text_condition(value, viewer))
        field, condition = NETWORK_FILTERS[name]
        return self.filter(condition(value) & field_shown(field, viewer))


def field_shown(field, viewer):
    """A Q for the profiles whose `field` the viewer may see.

    The query twin of Profile.visible_fields_for: the owner sees every field,
    anyone else only a field whose visibility needs a token they hold.
    """
    tokens = tokens_for(viewer)
    levels = [level for level in FieldVisibility.values if token_for(level) in tokens]
    return Q(**{f"{field}_visibility__in": levels}) | Q(user_id=viewer.pk)


def _with_expertise(**lookup):
    # A subquery, so a profile with several matching terms appears once.
    lookup = {f"expertise__{key}": value for key, value in lookup.items()}
    return Q(pk__in=Profile.objects.filter(**lookup).values("pk"))


def _in_wijk(wijk):
    return Q(pk__in=Profile.objects.filter(wijken=wijk).values("pk"))


# Filter name -> (the profile field it reads, the condition on that field).
NETWORK_FILTERS = {
    "expertise": ("expertise", lambda term: _with_expertise(pk=term.pk)),
    "soort": ("organisation", lambda kind: Q(organisation__type=kind)),
    "functie": ("function", lambda text: Q(function__icontains=text)),
    "wijk": ("wijken", _in_wijk),
}


def _text_condition(text, viewer):
    """The profiles the search engine finds for `text`, and one's own.

    The engine (search.service.object_ids, type "persoon") knows Dutch word
    forms, compound words and synonyms ("autisme" finds expertise ASS), and
    its documents hold only the fields a profile shares with all
    professionals (community/search.py), so a hidden field is never found.
    The owner sees their hidden fields too, which the index never holds:
    their own profile also matches when every word is in one of its fields.
    """
    from search.service import object_ids

    ids = [int(pk) for pk in object_ids(text, viewer, "persoon", limit=MAX_SEARCH_HITS)]
    own = Q(user_id=viewer.pk)
    for word in text.split()[:MAX_SEARCH_WORDS]:
        own &= (
            Q(display_name__icontains=word) | Q(function__icontains=word)
            | Q(organisation__name__icontains=word) | Q(bio__icontains=word)
            | _with_expertise(name__icontains=word)
        )
    return Q(pk__in=ids) | own


def default_display_name(user):
    return user.get_full_name() or user.email.split("@", 1)[0]


class Profile(models.Model):
    """The profile of one account; its primary key is the user's id, so a
    link to someone's profile needs no extra query."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.CASCADE,
        related_name="profile",
    )
    display_name = models.CharField(
        _("naam"), max_length=100,
        help_text=_("Zo ziet een andere professional u. Deze naam is altijd zichtbaar."),
    )
    function = models.CharField(
        _("functie"), max_length=150, blank=True,
        help_text=_("Bijvoorbeeld intern begeleider of jeugdverpleegkundige."),
    )
    organisation = models.ForeignKey(
        "taxonomy.Organisation", verbose_name=_("organisatie"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="profiles",
    )
    wijken = models.ManyToManyField(
        "taxonomy.Wijk", verbose_name=_("wijken waar ik werk"), blank=True,
        related_name="profiles",
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"), through="taxonomy.TaggedExpertise", blank=True,
    )
    bio = models.TextField(
        _("over mij"), max_length=BIO_MAX_LENGTH, blank=True,
        help_text=_("Kort, hooguit 600 tekens. Schrijf hier niets over kinderen of gezinnen."),
    )
    photo = models.ImageField(_("foto"), upload_to=photo_upload_to, blank=True)
    function_visibility = _visibility_field(_("wie ziet mijn functie"))
    organisation_visibility = _visibility_field(_("wie ziet mijn organisatie"))
    wijken_visibility = _visibility_field(_("wie ziet mijn wijken"))
    expertise_visibility = _visibility_field(_("wie ziet mijn expertise"))
    bio_visibility = _visibility_field(_("wie ziet 'over mij'"))
    photo_visibility = _visibility_field(_("wie ziet mijn foto"))
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    hidden_at = models.DateTimeField(
        _("verborgen sinds"), null=True, blank=True,
        help_text=_("Een moderator verborg dit profiel na een melding."),
    )

    objects = ProfileQuerySet.as_manager()

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self):
        return self.display_name

    def is_owned_by(self, user):
        return getattr(user, "is_authenticated", False) and user.pk == self.user_id

    def field_token(self, field_name):
        """The access token needed to see one field."""
        return token_for(getattr(self, f"{field_name}_visibility"), owner_id=self.user_id)

    def visible_fields_for(self, user):
        """Names of the hideable fields this user may see."""
        tokens = tokens_for(user)
        return frozenset(
            name for name in VISIBILITY_FIELDS
            if self.is_owned_by(user) or self.field_token(name) in tokens
        )

    def hidden_field_names(self):
        """The fields only the owner sees (shown to the owner as a reminder)."""
        return frozenset(
            name for name in VISIBILITY_FIELDS
            if getattr(self, f"{name}_visibility") == FieldVisibility.ONLY_ME
        )
