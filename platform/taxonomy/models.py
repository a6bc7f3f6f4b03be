"""Shared reference data: places, organisations and controlled vocabularies.

Thema's and expertise are taggit tag models, but they are controlled: only
editors add terms (in the CMS), and forms offer a choice, never free text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import GenericTaggedItemBase, TagBase


class Gemeente(models.Model):
    """A municipality in the region."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name


class Wijk(models.Model):
    """A neighbourhood within a gemeente: the unit the network works in."""

    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="wijken")
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField()

    class Meta:
        ordering = ["gemeente__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["gemeente", "slug"], name="unique_wijk_per_gemeente")
        ]
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")

    def __str__(self):
        return self.name


class OrganisationType(models.TextChoices):
    SCHOOL_PO = "school_po", _("School primair onderwijs (PO)")
    SCHOOL_VO = "school_vo", _("School voortgezet onderwijs (VO)")
    SCHOOL_MBO = "school_mbo", _("MBO-school")
    SCHOOL_SBO = "school_sbo", _("Speciaal basisonderwijs (SBO)")
    SCHOOL_SO = "school_so", _("Speciaal onderwijs (SO/VSO)")
    KINDEROPVANG = "kinderopvang", _("Kinderopvang")
    CJG = "cjg", _("Centrum voor Jeugd en Gezin (CJG)")
    JGZ = "jgz", _("Jeugdgezondheidszorg (JGZ)")
    SMW = "smw", _("Schoolmaatschappelijk werk")
    WIJKTEAM = "wijkteam", _("Jeugd- en gezinsteam / wijkteam")
    JEUGDHULP = "jeugdhulp", _("Jeugdhulp")
    GEMEENTE = "gemeente", _("Gemeente")
    SWV = "swv", _("Samenwerkingsverband")
    OTHER = "other", _("Anders")


class Organisation(models.Model):
    """A school, team or partner whose staff are verified by email domain."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(unique=True)
    type = models.CharField(_("soort"), max_length=20, choices=OrganisationType.choices)
    wijk = models.ForeignKey(
        Wijk, verbose_name=_("wijk"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)
    email_domains = models.TextField(
        _("e-maildomeinen"), blank=True,
        help_text=_("Eén per regel, bijvoorbeeld 'deregenboog.nl'. Wie een geverifieerd "
                    "e-mailadres op dit domein heeft, wordt automatisch professional."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.email_domains = "\n".join(self.domain_list)
        super().save(*args, **kwargs)

    @property
    def domain_list(self):
        return [d.strip().lower().lstrip("@") for d in self.email_domains.split() if d.strip()]

    @classmethod
    def for_email(cls, email):
        """The organisation that owns this address's domain, or None."""
        domain = email.rsplit("@", 1)[-1].strip().lower()
        if not domain:
            return None
        candidates = cls.objects.filter(email_domains__icontains=domain)
        return next((org for org in candidates if domain in org.domain_list), None)


class Thema(TagBase):
    """A theme content is found by (dyslexie, thuiszitters, ...)."""

    description = models.TextField(_("omschrijving"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Expertise(TagBase):
    """An area a professional knows about, searched in Mijn netwerk."""

    class Meta:
        ordering = ["name"]
        verbose_name = _("expertise")
        verbose_name_plural = _("expertises")


class TaggedThema(GenericTaggedItemBase):
    """Links any object to a thema."""

    tag = models.ForeignKey(Thema, on_delete=models.CASCADE, related_name="tagged_items")


class TaggedExpertise(GenericTaggedItemBase):
    """Links any object to an expertise."""

    tag = models.ForeignKey(Expertise, on_delete=models.CASCADE, related_name="tagged_items")
