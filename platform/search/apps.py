from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The one search service and its backends."""

    name = "search"
    verbose_name = "The one search service and its backends."

    def ready(self):
        from . import indexing
        indexing.connect()
