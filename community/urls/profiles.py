"""URLs of profiles (Dutch paths)."""

from django.urls import path

from ..views import profiles

urlpatterns = [
    path("profiel/", profiles.profile_me, name="profile_me"),
    path("profiel/bewerken/", profiles.profile_edit, name="profile_edit"),
    path("profiel/<int:pk>/", profiles.profile_detail, name="profile_detail"),
    path("profiel/<int:pk>/foto/", profiles.profile_photo, name="profile_photo"),
]
