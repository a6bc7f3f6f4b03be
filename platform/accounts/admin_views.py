"""Verification requests in the CMS: a list, a detail page, approve and decline.

A request is never edited or deleted by hand: a beheerder only decides it,
through the services, so the requester is always mailed.
"""

from django.core.exceptions import ValidationError
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from . import services
from .forms import DecisionForm
from .models import VerificationRequest

DECISIONS = {
    "approve": (gettext_lazy("Goedkeuren"), "check"),
    "decline": (gettext_lazy("Afwijzen"), "cross"),
}


def decision_urls(instance, user, namespace):
    """(decision, label, icon, url) for each decision open to `user`."""
    if instance.status != VerificationRequest.Status.PENDING:
        return []
    if not user.has_perm("accounts.change_verificationrequest"):
        return []
    return [
        (decision, label, icon, reverse(f"{namespace}:{decision}", args=[instance.pk]))
        for decision, (label, icon) in DECISIONS.items()
    ]


class RequestIndexView(IndexView):
    """The list links to the detail page and offers the open decisions."""

    def get_edit_url(self, instance):
        return self.get_inspect_url(instance)

    def get_list_more_buttons(self, instance):
        namespace = self.index_url_name.split(":")[0]
        return [
            MenuItem(label, url=url, icon_name=icon, priority=10)
            for _decision, label, icon, url in decision_urls(
                instance, self.request.user, namespace
            )
        ]


class RequestInspectView(InspectView):
    """The request with its decision buttons in the header."""

    @cached_property
    def header_buttons(self):
        namespace = self.index_url_name.split(":")[0]
        return [
            HeaderButton(label, url=url, icon_name=icon)
            for _decision, label, icon, url in decision_urls(
                self.object, self.request.user, namespace
            )
        ]


class DecisionView(EditView):
    """Approve or decline one request, with a note for the requester."""

    decision = None
    form_class = DecisionForm
    template_name = "accounts/admin/decision.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["note_required"] = self.decision == "decline"
        return kwargs

    def get_page_title(self):
        return DECISIONS[self.decision][0]

    @property
    def submit_button_label(self):
        return DECISIONS[self.decision][0]

    def get_edit_url(self):
        return self.request.path

    def get_success_buttons(self):
        return []

    def form_valid(self, form):
        # The services refuse a request that was decided meanwhile.
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def save_instance(self):
        note = self.form.cleaned_data["decision_note"]
        if self.decision == "approve":
            return services.approve_request(self.object, self.request.user, note)
        return services.decline_request(self.object, self.request.user, note)

    def get_success_message(self):
        if self.decision == "approve":
            return _("%(user)s is nu geverifieerd als professional.") % {"user": self.object.user}
        return _("De aanvraag van %(user)s is afgewezen.") % {"user": self.object.user}


class VerificationRequestViewSet(ModelViewSet):
    """Beheerders decide who is a verified professional."""

    model = VerificationRequest
    url_prefix = "verificatieverzoeken"
    url_namespace = "verificationrequest"
    icon = "user"
    menu_label = gettext_lazy("Verificatieverzoeken")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["user", "organisation", "organisation_name", "function", "status",
                    "created_at"]
    list_filter = ["status"]
    index_view_class = RequestIndexView
    inspect_view_class = RequestInspectView
    inspect_view_enabled = True
    inspect_view_fields = ["user", "organisation", "organisation_name", "function", "reason",
                           "status", "created_at", "decided_at", "decided_by", "decision_note"]
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, delete or history: decisions go through the services.
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, delete_url_name=None,
            history_url_name=None, usage_url_name=None, **kwargs,
        )

    def decision_view(self, decision):
        return self.construct_view(
            DecisionView, decision=decision, index_url_name=self.get_url_name("index")
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("goedkeuren/<int:pk>/", self.decision_view("approve"), name="approve"),
            path("afwijzen/<int:pk>/", self.decision_view("decline"), name="decline"),
        ]
