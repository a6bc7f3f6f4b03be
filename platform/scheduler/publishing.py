"""Wagtail's scheduled publishing as a scheduler job.

Wagtail keeps this logic in its `publish_scheduled` command and offers no
function for it, so the job calls the command in this process: pages and
snippets (events) whose go-live time has passed are published, expired ones
unpublished. Its receivers (the agenda's, for events) run as they would
from the command line.
"""

from io import StringIO

from django.core.management import call_command


def publish_scheduled():
    """Publish what is due and unpublish what expired; safe to run again."""
    call_command("publish_scheduled", stdout=StringIO())
