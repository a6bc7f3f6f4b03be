"""Wagtail's user management, with one guard: only superusers make superusers.

Wagtail lets anyone who may change users tick "Administrator". Beheerders
assign roles (groups), so they must neither grant that flag nor edit an
account that has it.

Installed instead of "wagtail.users": "accounts.cms_users.WagtailUsersConfig".
"""

from wagtail.users.apps import WagtailUsersAppConfig


class WagtailUsersConfig(WagtailUsersAppConfig):
    """wagtail.users with our user viewset."""

    user_viewset = "accounts.cms_user_views.UserViewSet"
