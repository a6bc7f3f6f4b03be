"""The CMS's user screens; see cms_users.py for why they differ from Wagtail's."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log
from wagtail.users.views import users

from . import services


def _guard(view):
    """Only a superuser edits a superuser or sets the superuser flag."""
    if view.request.user.is_superuser:
        return
    target = getattr(view, "object", None)
    if target is not None and target.is_superuser:
        raise PermissionDenied


def _without_superuser_flag(view, form):
    if not view.request.user.is_superuser:
        form.fields.pop("is_superuser", None)
    return form


class CreateView(users.CreateView):
    """Create an account; non-superusers cannot make it a superuser."""

    def get_form(self, form_class=None):
        return _without_superuser_flag(self, super().get_form(form_class))


class EditView(users.EditView):
    """Edit an account's details and roles (groups)."""

    def dispatch(self, request, *args, **kwargs):
        _guard(self)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return _without_superuser_flag(self, super().get_form(form_class))


class DeleteView(users.DeleteView):
    """Delete an account; a superuser only by a superuser.

    The same service as when people delete their own account: the apps'
    erasers run first, so no app keeps personal data (or live sessions) of
    an account the CMS removed, and the person gets the goodbye mail.
    """

    def dispatch(self, request, *args, **kwargs):
        _guard(self)
        return super().dispatch(request, *args, **kwargs)

    def delete_action(self):
        with transaction.atomic():
            # Wagtail's history keeps who deleted the account, as its own
            # delete action would; logged first, while the account exists.
            log(instance=self.object, action="wagtail.delete", user=self.request.user,
                deleted=True)
            services.delete_account(self.object, by_platform=True)


class UserViewSet(users.UserViewSet):
    """Wagtail's user screens with the superuser guard."""

    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
