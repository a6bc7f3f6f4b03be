from django.apps import AppConfig


class CommunityConfig(AppConfig):
    """Doe mee, Praat mee, Lees mee, groups, profiles and the network."""

    name = "community"
    verbose_name = "Doe mee, Praat mee, Lees mee, groups, profiles and the network."
