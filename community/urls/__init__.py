"""URLs of the community pillar (Dutch paths), one module per feature."""

from django.urls import include, path

urlpatterns = [
    path("", include("community.urls.profiles")),
    path("", include("community.urls.posts")),
    path("", include("community.urls.groups")),
    path("", include("community.urls.actions")),
    path("", include("community.urls.network")),
    path("", include("community.urls.moderation")),
]
