from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """The notification centre (/meldingen/), its badge, preferences and digests."""

    name = "notifications"
    verbose_name = "Notifications: the centre, the badge, preferences and mail digests."

    def ready(self):
        from datetime import timedelta

        from accounts.mydata import register_eraser, register_exporter
        from scheduler.jobs import register_job

        from . import digests, mydata, receivers

        receivers.register()
        register_job("notification_digests", digests.send_due, every=timedelta(minutes=10))
        register_exporter("notifications", mydata.export)
        register_eraser("notifications", mydata.erase)
