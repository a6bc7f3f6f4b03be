from django.apps import AppConfig


class AgendaConfig(AppConfig):
    """Events, registrations, waitlist and iCal."""

    name = "agenda"
    verbose_name = "Events, registrations, waitlist and iCal."

    def ready(self):
        from accounts.mydata import register_exporter

        from .mydata import export_agenda

        register_exporter("agenda", export_agenda)
        # Its signal receivers send CMS publishing through the services, also
        # from commands (publish_scheduled), where Wagtail loads no hooks.
        from . import wagtail_hooks  # noqa: F401
