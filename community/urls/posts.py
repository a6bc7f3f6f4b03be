"""URLs of Doe mee, Praat mee, Lees mee and group posts (Dutch paths)."""

from django.urls import path

from ..models.posts import SECTION_PATHS
from ..views import posts
from ..views.feeds import SectionFeed

urlpatterns = [
    *(
        route
        for section, slug in SECTION_PATHS.items()
        for route in (
            path(f"{slug}/", posts.post_list, {"section": section}, name=section),
            path(f"{slug}/feed/", SectionFeed(), {"section": section}, name=f"{section}_feed"),
            path(f"{slug}/nieuw/", posts.post_create, {"section": section},
                 name=f"{section}_new"),
            path(f"{slug}/<int:pk>/", posts.post_detail, {"section": section},
                 name=f"{section}_detail"),
        )
    ),
    path("groepen/<slug:slug>/berichten/nieuw/", posts.group_post_create, name="group_post_new"),
    path("groepen/<slug:slug>/berichten/<int:pk>/", posts.group_post_detail, name="group_post"),
    # What one does with a post, wherever it lives (section or group).
    path("berichten/<int:pk>/ik-doe-mee/", posts.participate, name="participate"),
    path("berichten/<int:pk>/reactie/<int:comment_pk>/geholpen/", posts.helpful,
         name="helpful"),
    path("berichten/<int:pk>/reageer/", posts.react, name="react"),
    path("berichten/<int:pk>/volgen/", posts.follow, name="follow"),
    path("bijlagen/<int:pk>/<str:name>", posts.attachment, name="attachment"),
]
