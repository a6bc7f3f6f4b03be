from django.apps import AppConfig


class AgendaConfig(AppConfig):
    """Events, registrations, waitlist and iCal."""

    name = "agenda"
    verbose_name = "Events, registrations, waitlist and iCal."
