from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """The notification centre (/meldingen/), its badge, preferences and digests."""

    name = "notifications"
    verbose_name = "Notifications: the centre, the badge, preferences and mail digests."

    def ready(self):
        from datetime import timedelta

        from accounts.mydata import register_eraser, register_exporter
        from scheduler.jobs import register_job
        from startpage.panels import register_panel

        from . import digests, mydata, receivers, startpage

        receivers.register()
        register_job("notification_digests", digests.send_due, every=timedelta(minutes=10))
        register_exporter("notifications", mydata.export)
        register_eraser("notifications", mydata.erase)
        # First on Voor mij: what is new for this person in particular.
        register_panel("meldingen", "notifications/startpage_unread.html",
                       startpage.unread_panel, order=10)
