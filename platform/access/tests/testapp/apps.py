from django.apps import AppConfig


class AccessTestappConfig(AppConfig):
    """Gives the abstract AccessControlled a table to test against."""

    name = "access.tests.testapp"
    label = "access_testapp"
    default_auto_field = "django.db.models.BigAutoField"
