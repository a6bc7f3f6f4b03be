"""URLs of this pillar (Dutch paths)."""

from django.urls import path

from .models.posts import SECTION_PATHS
from .views import posts, profiles

urlpatterns = [
    path("profiel/", profiles.profile_me, name="profile_me"),
    path("profiel/bewerken/", profiles.profile_edit, name="profile_edit"),
    path("profiel/<int:pk>/", profiles.profile_detail, name="profile_detail"),
    path("profiel/<int:pk>/foto/", profiles.profile_photo, name="profile_photo"),
    *(
        route
        for section, slug in SECTION_PATHS.items()
        for route in (
            path(f"{slug}/", posts.post_list, {"section": section}, name=section),
            path(f"{slug}/nieuw/", posts.post_create, {"section": section},
                 name=f"{section}_new"),
            path(f"{slug}/<int:pk>/", posts.post_detail, {"section": section},
                 name=f"{section}_detail"),
            path(f"{slug}/<int:pk>/reactie/<int:comment_pk>/geholpen/", posts.helpful,
                 {"section": section}, name=f"{section}_helpful"),
        )
    ),
    path("doe-mee/<int:pk>/ik-doe-mee/", posts.participate, {"section": "doe_mee"},
         name="doe_mee_participate"),
]
