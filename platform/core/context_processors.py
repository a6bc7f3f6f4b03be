"""Values every page's layout needs."""

from django.conf import settings


def site_shell(request):
    return {"site_name": settings.WAGTAIL_SITE_NAME}
