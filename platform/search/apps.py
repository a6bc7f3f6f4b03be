from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The one search service and its backends."""

    name = "search"
    verbose_name = "The one search service and its backends."

    def ready(self):
        from scheduler.jobs import register_job

        from .repair import EVERY, repair_engine
        register_job("search_repair", repair_engine, every=EVERY)
