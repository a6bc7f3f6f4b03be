"""Mail each assignee once when their open action is due (or overdue).

Safe to run often (`make run` runs it every minute; in production, hourly
from cron): each action is reminded once, also when runs overlap.
"""

from django.core.management.base import BaseCommand

from community.services.actions import send_action_reminders


class Command(BaseCommand):
    help = "Mail the due-date reminders of the groups' action lists."

    def handle(self, *args, **options):
        sent = send_action_reminders()
        self.stdout.write(f"{sent} herinnering(en) over acties verstuurd")
