"""The shell plus stand-ins for two sections and "my data", independent of the pillars."""

from django.urls import include, path
from django.views.generic import TemplateView

from community.views.profiles import profile_me

from .urls_minimal import urlpatterns as minimal_urlpatterns

section_page = TemplateView.as_view(template_name="core/privacy.html")

urlpatterns = [
    path("agenda/", section_page, name="agenda"),
    path("kennis/", section_page, name="knowledge"),
    path("kennis/thema/", section_page, name="knowledge_theme"),
    path("account/gegevens/", section_page, name="my_data"),
    path("account/", include("accounts.urls")),
    path("profiel/", profile_me, name="profile_me"),
    *minimal_urlpatterns,
]
