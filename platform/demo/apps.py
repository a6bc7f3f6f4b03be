from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for development and tests."""

    name = "demo"
    verbose_name = "Demo content for development and tests."
