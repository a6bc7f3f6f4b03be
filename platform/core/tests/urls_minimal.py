"""Only the shell and allauth: a site where no optional page exists yet."""

from django.urls import include, path

urlpatterns = [
    path("account/", include("allauth.urls")),
    path("", include("core.urls")),
]
