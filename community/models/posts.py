"""Posts in Doe mee, Praat mee and Lees mee, and their comments."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from access.models import AccessControlled, VisibleQuerySet
from access.visibility import NOBODY_TOKEN


class Section(models.TextChoices):
    """The three places professionals post; each has its own page and URL."""

    DOE_MEE = "doe_mee", _("Doe mee")
    PRAAT_MEE = "praat_mee", _("Praat mee")
    LEES_MEE = "lees_mee", _("Lees mee")
    GROUP = "group", _("Groepsbericht")


# The three open sections; group posts live under their group's URL.
SECTION_PATHS = {Section.DOE_MEE: "doe-mee", Section.PRAAT_MEE: "praat-mee",
                 Section.LEES_MEE: "lees-mee"}


class ModeratedQuerySet(models.QuerySet):
    """Content a moderator can hide: lists and pages show only what is not hidden."""

    def shown(self):
        return self.filter(hidden_at__isnull=True)


class PostQuerySet(ModeratedQuerySet, VisibleQuerySet):
    """A hidden post is seen by nobody: the access model leaves it out."""

    def visible_to(self, user):
        return super().visible_to(user).shown()


class Moderated(models.Model):
    """Hidden by a moderator after a report; kept, so it can be restored."""

    hidden_at = models.DateTimeField(_("verborgen sinds"), null=True, blank=True)

    class Meta:
        abstract = True


class Post(Moderated, AccessControlled):
    """A call to take part, a question or discussion, or a shared read.

    The author is the access model's owner. The body is sanitised HTML.
    """

    section = models.CharField(_("rubriek"), max_length=12, choices=Section.choices)
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("tekst"))
    link = models.URLField(_("link naar wat u deelt"), blank=True)
    deadline = models.DateField(_("meedoen kan tot"), null=True, blank=True)
    themas = models.ManyToManyField("taxonomy.Thema", blank=True, related_name="+",
                                    verbose_name=_("thema's"))
    wijken = models.ManyToManyField("taxonomy.Wijk", blank=True, related_name="+",
                                    verbose_name=_("wijken"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")

    def __str__(self):
        return self.title

    @property
    def access_token(self):
        """A hidden post needs a token nobody holds, so every check that asks
        the access model (page, attachment, mails to followers and mentioned
        people) treats it as gone."""
        if self.hidden_at is not None:
            return NOBODY_TOKEN
        return super().access_token

    def get_absolute_url(self):
        if self.section == Section.GROUP:
            return reverse("group_post", kwargs={"slug": self.access_group.slug, "pk": self.pk})
        return reverse(f"{self.section}_detail", kwargs={"pk": self.pk})


class Comment(Moderated):
    """A reaction under a post; a reply to a comment stays one level deep."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                               related_name="+")
    body = models.TextField(_("reactie"))
    helpful = models.BooleanField(_("geholpen"), default=False,
                                  help_text=_("De vraagsteller vond dit antwoord behulpzaam."))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ModeratedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")

    def __str__(self):
        return f"{self.author}: {self.body[:40]}"


class Participation(models.Model):
    """"Ik doe mee": a professional answers a Doe mee call."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["post", "user"],
                                               name="one_participation_per_person")]
        verbose_name = _("deelname")
        verbose_name_plural = _("deelnames")

    def __str__(self):
        return f"{self.user} doet mee met {self.post}"


class Follow(models.Model):
    """Someone follows a post: new reactions reach them by mail."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"],
                                               name="one_follow_per_person")]
        verbose_name = _("volger")
        verbose_name_plural = _("volgers")

    def __str__(self):
        return f"{self.user} volgt {self.post}"


class ReactionKind(models.TextChoices):
    """The short reactions under a post, instead of a bare like."""

    AGREE = "eens", _("Eens")
    THANKS = "bedankt", _("Bedankt")
    IDEA = "goed_idee", _("Goed idee")


class Reaction(models.Model):
    """One person's short reaction on a post; each kind once per person."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("soort"), max_length=10, choices=ReactionKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user", "kind"],
                                               name="one_reaction_per_kind")]
        verbose_name = _("reactie met één klik")
        verbose_name_plural = _("reacties met één klik")

    def __str__(self):
        return f"{self.user}: {self.kind} op {self.post}"


def attachment_upload_to(attachment, filename):
    """A random name outside any public directory: the file is only served by
    the access-checked view, and the name reveals nothing."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"bijlagen/{uuid.uuid4().hex}.{extension}"


class Attachment(models.Model):
    """An image or PDF added to a post; whoever may see the post may open it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("bestand"), upload_to=attachment_upload_to)
    original_name = models.CharField(_("bestandsnaam"), max_length=200)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField(_("grootte in bytes"))
    description = models.CharField(_("omschrijving"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def __str__(self):
        return self.original_name

    @property
    def access_token(self):
        return self.post.access_token

    @property
    def is_image(self):
        return self.content_type.startswith("image/")

    def get_absolute_url(self):
        return reverse("attachment", kwargs={"pk": self.pk, "name": self.original_name})
