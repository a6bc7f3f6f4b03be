"""The quality findings, shown again to the redacteur who is about to approve.

An eddie sees the quality panel while writing, but may submit anyway; the
redacteur who opens the submitted page (from the dashboard or the mail)
gets the open findings at the top of the editor, next to the approve and
request-changes buttons, so nothing goes live unnoticed.
"""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin import messages

from ..glossary.current import current_glossary
from .quality import check_page
from .quality_panel import checks_readability


def warn_approver(request, page):
    """`before_edit_page` hook: a notice with the open findings for whoever may approve."""
    if request.method != "GET" or not _may_approve(request.user, page):
        return
    quality = check_page(page, current_glossary().terms, readability=checks_readability(page))
    if quality.warnings:
        messages.warning(request, format_html(
            "{}<ul>{}</ul>",
            _("Let op voor u goedkeurt: de kwaliteitscontrole vond nog open punten. "
              "Vraag zo nodig om wijzigingen."),
            format_html_join("", "<li>{}</li>", ((line,) for line in quality.warnings)),
        ))


def _may_approve(user, page):
    task = page.current_workflow_task
    return task is not None and bool(task.get_actions(page, user))
