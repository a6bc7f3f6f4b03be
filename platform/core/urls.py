"""Site-wide pages: health, accessibility statement, privacy."""

from django.urls import path

from . import views

urlpatterns = [
    path("health/", views.health, name="health"),
    path("toegankelijkheid/", views.AccessibilityView.as_view(), name="accessibility"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
]
