from django.apps import AppConfig


class SchedulerConfig(AppConfig):
    """Scheduled work (publishing, reminders) in one long-lived process."""

    name = "scheduler"
    verbose_name = "Scheduled work (publishing, reminders) in one long-lived process."

    def ready(self):
        # Wagtail's scheduled publishing belongs to no pillar: pages and
        # events (snippets) both go live through it.
        from .jobs import register_job
        from .publishing import publish_scheduled

        register_job("publish_scheduled", publish_scheduled)
