from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    """Wagtail pages: knowledge, good practices, steunpunt, sociale kaart."""

    name = "kennisbank"
    verbose_name = "Wagtail pages: knowledge, good practices, steunpunt, sociale kaart."
