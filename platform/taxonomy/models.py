"""Shared reference data: places, organisations and controlled vocabularies.

Thema's and expertise are taggit tag models, but they are controlled: only
editors add terms (in the CMS), and forms offer a choice, never free text.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import GenericTaggedItemBase, TagBase

_DOMAIN_RE = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")

# Anyone can get an address at these providers, so a domain like this must
# never make its owners verified professionals.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "outlook.com", "outlook.nl",
    "live.com", "live.nl", "msn.com", "yahoo.com", "yahoo.nl", "icloud.com", "me.com",
    "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl", "xs4all.nl",
    "hetnet.nl", "chello.nl", "telfort.nl", "tele2.nl", "upcmail.nl", "casema.nl",
    "proton.me", "protonmail.com", "gmx.com", "gmx.net", "mail.com",
})


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
    """The kinds of organisation, in the order the network thinks of them."""

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
    themas = TaggableManager(
        verbose_name=_("thema's"), through="taxonomy.TaggedThema", blank=True,
        help_text=_("Kies uit de bestaande thema's."),
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"), through="taxonomy.TaggedExpertise", blank=True,
        help_text=_("Kies uit de bestaande expertises."),
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

    def clean(self):
        super().clean()
        errors = [self._domain_error(domain) for domain in self.domain_list]
        errors = [error for error in errors if error]
        if errors:
            raise ValidationError({"email_domains": errors})

    def _domain_error(self, domain):
        """Why `domain` cannot verify this organisation's staff, or None."""
        if not _DOMAIN_RE.match(domain):
            return _("'%(domain)s' is geen geldig domein.") % {"domain": domain}
        if domain in PUBLIC_MAIL_DOMAINS:
            return _("'%(domain)s' is een openbare maildienst: daar kan iedereen een adres "
                     "krijgen.") % {"domain": domain}
        owner = Organisation.for_domain(domain)
        if owner is not None and owner.pk != self.pk:
            return _("'%(domain)s' hoort al bij %(owner)s.") % {"domain": domain, "owner": owner}
        return None

    @property
    def domain_list(self):
        return [d.strip().lower().lstrip("@") for d in self.email_domains.split() if d.strip()]

    @classmethod
    def for_domain(cls, domain):
        """The organisation listing exactly this domain, or None.

        A subdomain is a different domain: 'mail.deklimop.nl' does not match
        'deklimop.nl', because whoever runs a subdomain need not be the school.
        """
        domain = domain.strip().lower()
        if not domain:
            return None
        candidates = cls.objects.filter(email_domains__icontains=domain)
        return next((org for org in candidates if domain in org.domain_list), None)

    @classmethod
    def for_email(cls, email):
        """The organisation that owns this address's domain, or None."""
        local, at, domain = email.strip().rpartition("@")
        if not (local and at):
            return None
        return cls.for_domain(domain)


class Thema(TagBase):
    """A theme content is found by (dyslexie, thuiszitters, ...)."""

    # Wagtail's tag fields then accept only existing terms: editors add new
    # ones in Referentiedata, authors choose.
    free_tagging = False

    description = models.TextField(_("omschrijving"), blank=True)
    synonyms = models.TextField(
        _("andere woorden"), blank=True,
        help_text=_("Woorden die hetzelfde betekenen, gescheiden door komma's. Bijvoorbeeld "
                    "bij ASS: autisme, autismespectrumstoornis. Zoeken vindt ze dan ook."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Expertise(TagBase):
    """An area a professional knows about, searched in Mijn netwerk."""

    free_tagging = False
    synonyms = models.TextField(
        _("andere woorden"), blank=True,
        help_text=_("Woorden die hetzelfde betekenen, gescheiden door komma's. Bijvoorbeeld "
                    "bij ASS: autisme, autismespectrumstoornis. Zoeken vindt ze dan ook."),
    )

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
