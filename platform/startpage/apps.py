from django.apps import AppConfig


class StartpageConfig(AppConfig):
    """Voor mij: a professional's personal start page, filled by the pillars' panels."""

    name = "startpage"
    verbose_name = "Voor mij: a professional's personal start page, filled by the pillars' panels."
