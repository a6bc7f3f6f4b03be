"""URLs of this pillar (Dutch paths).

Included before Wagtail's catch-all, so these paths are never taken for
pages, even below a Wagtail section such as /rijke-leeromgeving/.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("rijke-leeromgeving/suggestie/", views.suggest_offer, name="suggest_offer"),
    path(
        "rijke-leeromgeving/suggestie/bedankt/",
        views.SuggestionThanksView.as_view(),
        name="suggest_offer_thanks",
    ),
]
