"""Suggestions from visitors for the rijke leeromgeving ("Mist u een aanbod of aanbieder?")."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Suggestion(models.Model):
    """An offer or provider a visitor misses; the redactie handles it in the CMS."""

    class Status(models.TextChoices):
        NEW = "new", _("Nieuw")
        HANDLED = "handled", _("Afgehandeld")

    offer = models.CharField(_("aanbod"), max_length=200)
    provider = models.CharField(_("aanbieder"), max_length=200, blank=True)
    description = models.TextField(_("toelichting"), blank=True)
    contact_name = models.CharField(_("naam"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("ingestuurd op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("suggestie")
        verbose_name_plural = _("suggesties")

    def __str__(self):
        return self.offer
