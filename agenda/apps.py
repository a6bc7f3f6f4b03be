from django.apps import AppConfig


class AgendaConfig(AppConfig):
    """Events, registrations, waitlist and iCal."""

    name = "agenda"
    verbose_name = "Events, registrations, waitlist and iCal."

    def ready(self):
        from scheduler.jobs import register_job

        from accounts.mydata import register_exporter
        from groups.panels import register_panel

        from .mydata import export_agenda
        from .services import send_reminders, upcoming_events_for_group

        register_exporter("agenda", export_agenda)
        register_panel("agenda", "agenda/includes/group_events_panel.html",
                       lambda group, user: {"events": upcoming_events_for_group(group, user)})
        # The day-before reminders; each registration is reminded once, so
        # running every minute costs one query when nothing is due.
        register_job("event_reminders", send_reminders)
        # Its signal receivers send CMS publishing through the services, also
        # from commands (publish_scheduled), where Wagtail loads no hooks.
        from . import wagtail_hooks  # noqa: F401
