from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site shell: layout, navigation, health and static pages."""

    name = "core"
    verbose_name = "Site shell: layout, navigation, health and static pages."
