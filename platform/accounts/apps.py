from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_role_permissions(sender, **kwargs):
    from .roles import sync_roles

    sync_roles()


class AccountsConfig(AppConfig):
    """Accounts, roles, verification of professionals, MFA policy, my data."""

    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from . import mydata, signals  # noqa: F401  signals connects allauth's signals
        from .account_data import end_sessions, export_account

        mydata.register_exporter("account", export_account)
        mydata.register_eraser("account", end_sessions)
        # Runs once after all apps migrated, when every permission exists.
        post_migrate.connect(_sync_role_permissions, dispatch_uid="accounts.sync_roles")
