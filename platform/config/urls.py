"""Site URLs. Dutch paths for people, English names in code."""

from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import cms_login

urlpatterns = [
    # The CMS has no login form of its own: allauth's form is the one
    # throttled login, and it enforces email verification and MFA.
    path("cms/login/", cms_login),
    # Wagtail's front-end login (for private pages) would be a second,
    # unthrottled form: send it to allauth's too.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("cms/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("account/", include("accounts.urls")),
    path("account/", include("allauth.urls")),
    path("", include("core.urls")),
    path("", include("search.urls")),
    path("", include("startpage.urls")),
    path("meldingen/", include("notifications.urls")),
    path("", include("community.urls")),
    path("", include("kennisbank.urls")),
    path("", include("agenda.urls")),
]

# Wagtail's page serving catches every remaining path, so it comes last.
urlpatterns.append(path("", include(wagtail_urls)))

handler500 = "core.views.server_error"
