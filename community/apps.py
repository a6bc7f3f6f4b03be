from django.apps import AppConfig


class CommunityConfig(AppConfig):
    """Doe mee, Praat mee, Lees mee, groups, profiles and the network."""

    name = "community"
    verbose_name = "Doe mee, Praat mee, Lees mee, groups, profiles and the network."

    def ready(self):
        from accounts.mydata import register_eraser, register_exporter
        from scheduler.jobs import register_job

        from . import signals  # noqa: F401  connect the receivers
        from .live import register as register_live
        from .mydata import (
            export_actions,
            export_memberships,
            export_posts,
            export_profile,
            export_reports,
        )
        from .search import register as register_search
        from .services.actions import send_action_reminders
        from .services.groups import hand_over_groups
        from .services.profiles import delete_profile
        from .startpage import register as register_startpage

        register_exporter("profiel", export_profile)
        register_exporter("berichten", export_posts)
        register_exporter("meldingen", export_reports)
        register_exporter("groepen", export_memberships)
        register_exporter("acties", export_actions)
        register_eraser("profiel", delete_profile)
        register_eraser("groepen", hand_over_groups)
        register_job("action_reminders", send_action_reminders)
        register_search()
        register_live()
        register_startpage()
