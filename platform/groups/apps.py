from django.apps import AppConfig


class GroupsConfig(AppConfig):
    """Groups and memberships, read by the access model and the pillars."""

    name = "groups"
    verbose_name = "Groups and memberships, read by the access model and the pillars."
