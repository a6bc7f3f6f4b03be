"""The site's URLs plus pages that later issues add: two sections and "my data"."""

from django.urls import path
from django.views.generic import TemplateView

from config.urls import urlpatterns as site_urlpatterns

section_page = TemplateView.as_view(template_name="core/privacy.html")

urlpatterns = [
    path("agenda/", section_page, name="agenda"),
    path("kennis/", section_page, name="knowledge"),
    path("kennis/thema/", section_page, name="knowledge_theme"),
    path("account/gegevens/", section_page, name="my_data"),
    *site_urlpatterns,
]
