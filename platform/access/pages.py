"""The access model for CMS pages.

Pages carry the same visibility as other content, limited to the two wide
levels: a page is for everyone (also parents) or for verified
professionals. Group and private content belong in the community pillar,
not in the CMS. Listings use `visible_to(user)`, `serve()` answers 404 to
whoever may not see the page, and the sitemap leaves out everything that
is not public.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from .tokens import tokens_for
from .views import require_visible
from .visibility import PUBLIC_TOKEN, Visibility, token_for


class PageVisibility(models.TextChoices):
    """Who may see a page."""

    PUBLIC = Visibility.PUBLIC.value, _("Openbaar: iedereen, ook ouders en jongeren")
    PROFESSIONALS = (
        Visibility.PROFESSIONALS.value,
        _("Professionals: alleen ingelogde, geverifieerde professionals"),
    )


def page_visibility_filter(tokens):
    """A Q for the pages whose visibility needs one of `tokens`."""
    return Q(visibility__in=[level for level in PageVisibility if token_for(level) in tokens])


class VisiblePageQuerySet(PageQuerySet):
    """Wagtail's page queryset that can narrow itself to what a user may see."""

    def visible_to(self, user):
        return self.filter(page_visibility_filter(tokens_for(user)))


VisiblePageManager = PageManager.from_queryset(VisiblePageQuerySet)


class VisibilityControlledPage(models.Model):
    """Mixin for page models (put it before Page): a visibility, enforced when serving."""

    visibility = models.CharField(
        _("zichtbaarheid"),
        max_length=16,
        choices=PageVisibility.choices,
        default=PageVisibility.PUBLIC,
        help_text=_("Wie mag deze pagina lezen? Ouders en jongeren zien alleen openbare pagina's."),
    )

    objects = VisiblePageManager()

    class Meta:
        abstract = True

    @property
    def access_token(self):
        return token_for(self.visibility)

    def is_visible_to(self, user):
        return self.access_token in tokens_for(user)

    def serve(self, request, *args, **kwargs):
        # 404, not a login prompt: a hidden page does not reveal that it exists.
        require_visible(request.user, self.access_token)
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        if self.access_token != PUBLIC_TOKEN:
            return []
        return super().get_sitemap_urls(request)
