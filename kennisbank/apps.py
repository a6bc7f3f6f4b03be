from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    """Wagtail pages: knowledge, good practices, steunpunt, sociale kaart, glossary."""

    name = "kennisbank"
    verbose_name = "Wagtail pages: knowledge, good practices, steunpunt, sociale kaart."

    def ready(self):
        from .glossary_terms import connect_term_signals

        connect_term_signals()
