from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    """Reference data: gemeenten, wijken, organisaties, thema's, expertise."""

    name = "taxonomy"
    verbose_name = "Reference data: gemeenten, wijken, organisaties, thema's, expertise."

    def ready(self):
        from .search import register

        register()
