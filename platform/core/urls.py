"""Site-wide pages: health, accessibility statement, privacy, robots and sitemap."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import views

urlpatterns = [
    path("health/", views.health, name="health"),
    path("health/ready/", views.health_ready, name="health_ready"),
    path("toegankelijkheid/", views.AccessibilityView.as_view(), name="accessibility"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("robots.txt", views.RobotsView.as_view(), name="robots"),
    # Wagtail's sitemap lists live pages without view restrictions only.
    path("sitemap.xml", sitemap, name="sitemap"),
    path("media/images/<path:path>", views.image_rendition, name="image_rendition"),
]
