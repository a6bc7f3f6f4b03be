"""The shell plus stand-ins for two sections, "my data" and "my profile",
independent of the pillars: the shell links to them by URL name only."""

from django.urls import include, path
from django.views.generic import TemplateView

from .urls_minimal import urlpatterns as minimal_urlpatterns

section_page = TemplateView.as_view(template_name="core/privacy.html")

urlpatterns = [
    path("agenda/", section_page, name="agenda"),
    path("kennis/", section_page, name="knowledge"),
    path("kennis/thema/", section_page, name="knowledge_theme"),
    path("account/gegevens/", section_page, name="my_data"),
    path("account/", include("accounts.urls")),
    path("profiel/", section_page, name="profile_me"),
    *minimal_urlpatterns,
]
