from django.apps import AppConfig


class SchedulerConfig(AppConfig):
    """Scheduled work (publishing, reminders) in one long-lived process."""

    name = "scheduler"
    verbose_name = "Scheduled work (publishing, reminders) in one long-lived process."
