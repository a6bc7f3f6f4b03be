"""Posts in Doe mee, Praat mee and Lees mee, and their comments."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from access.models import AccessControlled


class Section(models.TextChoices):
    """The three places professionals post; each has its own page and URL."""

    DOE_MEE = "doe_mee", _("Doe mee")
    PRAAT_MEE = "praat_mee", _("Praat mee")
    LEES_MEE = "lees_mee", _("Lees mee")


SECTION_PATHS = {Section.DOE_MEE: "doe-mee", Section.PRAAT_MEE: "praat-mee",
                 Section.LEES_MEE: "lees-mee"}


class Post(AccessControlled):
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

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"{self.section}_detail", kwargs={"pk": self.pk})


class Comment(models.Model):
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
