"""Site-wide pages: health, accessibility statement, privacy statement; CMS images."""

import datetime
import secrets

from django.conf import settings
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.views import static
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from . import health as health_checks
from .navigation import optional_url

CONTACT_EMAIL = "privacy@wijkzorgnetwerk.nl"
ACCESSIBILITY_EMAIL = "toegankelijkheid@wijkzorgnetwerk.nl"


@require_safe
@never_cache
def health(request):
    """Liveness: the process answers. Constant, touching no service, so it stays cheap."""
    return JsonResponse({"status": "ok"})


@require_safe
@never_cache
def health_ready(request):
    """Readiness for load balancers: 503 when a service the site needs fails.

    Which backends run, and how they fail, is for staff and monitoring (the
    HEALTH_TOKEN header) only; the public learns ok or not ok.
    """
    report = health_checks.readiness()
    status = 200 if report["status"] == "ok" else 503
    if not _may_see_health_details(request):
        report = {"status": report["status"]}
    return JsonResponse(report, status=status)


def _may_see_health_details(request):
    token = request.headers.get("X-Health-Token", "")
    if settings.HEALTH_TOKEN and secrets.compare_digest(token, settings.HEALTH_TOKEN):
        return True
    return request.user.is_staff


@requires_csrf_token
def server_error(request):
    """The 500 page, without context processors (something broke), but with
    the nonce its inline style needs under the Content-Security-Policy."""
    html = loader.get_template("500.html").render({"csp_nonce": getattr(request, "csp_nonce", "")})
    return HttpResponseServerError(html)


class AccessibilityView(TemplateView):
    """The accessibility statement (toegankelijkheidsverklaring)."""

    template_name = "core/accessibility.html"
    extra_context = {
        "statement_date": datetime.date(2026, 11, 23),
        "contact_email": ACCESSIBILITY_EMAIL,
    }


class PrivacyView(TemplateView):
    """The privacy statement: what we store, why, how long, and your AVG rights."""

    template_name = "core/privacy.html"
    extra_context = {"contact_email": CONTACT_EMAIL}

    def get_context_data(self, **kwargs):
        # "Mijn gegevens" comes with the accounts app; until then the page names it unlinked.
        return super().get_context_data(my_data_url=optional_url("my_data"), **kwargs)


class RobotsView(TemplateView):
    """robots.txt: index the public pages, not accounts, profiles or the CMS."""

    template_name = "core/robots.txt"
    content_type = "text/plain; charset=utf-8"


# Wagtail stores image renditions here. Pictures in the CMS's pages are as
# public as the pages for parents; nothing else in MEDIA_ROOT (documents,
# profile photos) is served this way: those go through access-checked views.
IMAGE_RENDITIONS = "images"


@require_safe
def image_rendition(request, path):
    """A CMS image in one of its sizes (Wagtail's rendition files)."""
    return static.serve(request, path, document_root=settings.MEDIA_ROOT / IMAGE_RENDITIONS)
