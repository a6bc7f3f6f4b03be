"""Values every page's layout needs."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser

from .navigation import account_links, main_navigation


def site_shell(request):
    """Site name, the main menu and the account links for the header."""
    user = getattr(request, "user", AnonymousUser())
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "main_navigation": main_navigation(request.path, user),
        "account_links": account_links(user, request.path),
    }
