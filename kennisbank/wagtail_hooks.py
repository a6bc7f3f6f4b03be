"""CMS screens of the kennisbank: the glossary terms, the suggestion inbox, the
content checker and the quality notice for approvers.

Who sees and changes what follows the model permissions of the roles
(accounts.roles); Wagtail hides the rest.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .editorial.approval_notice import warn_approver
from .editorial.content_checker import use_content_checker
from .models import Suggestion, Term


class TermViewSet(SnippetViewSet):
    """Begrippen: the glossary behind /begrippen/ and the abbreviation markup."""

    model = Term
    icon = "help"
    menu_label = _("Begrippen")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["abbreviation", "full_term", "updated_at"]
    search_fields = ["abbreviation", "full_term"]
    search_backend_name = None
    copy_view_enabled = False


class SuggestionViewSet(ModelViewSet):
    """Suggesties: the inbox of "Mist u een aanbod of aanbieder?".

    The suggestion is what a visitor wrote; the redactie only marks it handled.
    """

    model = Suggestion
    name = "suggesties"
    icon = "mail"
    menu_label = _("Suggesties")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["offer", "provider", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["offer", "provider", "description"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    panels = [FieldPanel("status")]


register_snippet(TermViewSet)


@hooks.register("register_admin_viewset")
def register_suggestions():
    return SuggestionViewSet()


hooks.register("construct_wagtail_userbar", use_content_checker)
hooks.register("before_edit_page", warn_approver)
