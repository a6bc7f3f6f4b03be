"""Values every page's layout needs."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser

from .navigation import account_links, main_navigation, optional_url


def site_shell(request):
    """Site name, the main menu, the account links and the search box for the header."""
    user = getattr(request, "user", AnonymousUser())
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "main_navigation": main_navigation(request.path, user),
        "account_links": account_links(user, request.path),
        # One namespaced key: Wagtail's admin templates read a `search_url` of their own
        # (a URL name for {% url %}), and a site-wide value of that name broke them.
        "site_search": {
            "url": optional_url("search"),
            "suggestions_url": optional_url("search_suggestions"),
        },
    }
