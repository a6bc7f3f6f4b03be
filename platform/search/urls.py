"""Search URLs (Dutch paths), included before Wagtail's catch-all."""

from django.urls import path

from . import views

urlpatterns = [
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", views.suggestions, name="search_suggestions"),
    path("ouders/zoeken/", views.parents_search, name="parents_search"),
]
