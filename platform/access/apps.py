from django.apps import AppConfig


class AccessConfig(AppConfig):
    """The one access model: visibility, access tokens, visible_to()."""

    name = "access"
    verbose_name = "The one access model: visibility, access tokens, visible_to()."
