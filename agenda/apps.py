from django.apps import AppConfig


class AgendaConfig(AppConfig):
    """Events, registrations, waitlist and iCal."""

    name = "agenda"
    verbose_name = "Events, registrations, waitlist and iCal."

    def ready(self):
        from accounts.mydata import register_exporter
        from groups.panels import register_panel
        from scheduler.jobs import register_job

        from . import group_panel
        from .live import register as register_live
        from .mydata import export_agenda
        from .search import register as register_search
        from .services.reminders import send_reminders
        from .startpage import register as register_startpage

        register_exporter("agenda", export_agenda)
        register_search()
        register_live()
        register_startpage()
        register_panel("agenda", group_panel.TEMPLATE, group_panel.context)
        # The day-before reminders; each registration is reminded once, so
        # running every minute costs one query when nothing is due.
        register_job("event_reminders", send_reminders)
        # Its signal receivers send CMS publishing through the services, also
        # from commands (publish_scheduled), where Wagtail loads no hooks.
        from . import wagtail_hooks  # noqa: F401
