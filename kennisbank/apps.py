from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _after_migrate(sender, **kwargs):
    from .editorial.workflow import sync_editorial_setup
    from .sections import ensure_sections

    ensure_sections()
    sync_editorial_setup()


class KennisbankConfig(AppConfig):
    """Wagtail pages: knowledge, good practices, steunpunt, sociale kaart, glossary."""

    name = "kennisbank"
    verbose_name = "Wagtail pages: knowledge, good practices, steunpunt, sociale kaart."

    def ready(self):
        from accounts.mydata import register_exporter
        from core.listing import register_option_label_writer

        from .editorial.review_notifications import connect as connect_review_notifications
        from .glossary.current import connect_term_signals, write_out_option_label
        from .mydata import export_editorial_work
        from .search import register as register_search

        connect_term_signals()
        connect_review_notifications()
        register_option_label_writer(write_out_option_label)
        register_exporter("kennisbank", export_editorial_work)
        register_search()
        # After accounts' post_migrate handler has created the roles.
        post_migrate.connect(_after_migrate, sender=self, dispatch_uid="kennisbank.after_migrate")
