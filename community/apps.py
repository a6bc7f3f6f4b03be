from django.apps import AppConfig


class CommunityConfig(AppConfig):
    """Doe mee, Praat mee, Lees mee, groups, profiles and the network."""

    name = "community"
    verbose_name = "Doe mee, Praat mee, Lees mee, groups, profiles and the network."

    def ready(self):
        from accounts.mydata import register_eraser, register_exporter

        from . import group_signals, signals  # noqa: F401  connect the receivers
        from .mydata import export_posts, export_profile
        from .services.actions import export_actions
        from .services.groups import export_memberships, hand_over_groups
        from .services.moderation import export_reports
        from .services.profiles import delete_profile

        register_exporter("profiel", export_profile)
        register_exporter("berichten", export_posts)
        register_exporter("meldingen", export_reports)
        register_exporter("groepen", export_memberships)
        register_exporter("acties", export_actions)
        register_eraser("profiel", delete_profile)
        register_eraser("groepen", hand_over_groups)
