"""Mail each assignee once when their open action is due (or overdue).

The scheduler runs the same function as its "action_reminders" job (see
CommunityConfig.ready); this command runs it once, by hand or from cron.
Safe to run often: each action is reminded once, also when runs overlap.
"""

from django.core.management.base import BaseCommand

from community.services.actions import send_action_reminders


class Command(BaseCommand):
    help = "Mail the due-date reminders of the groups' action lists."

    def handle(self, *args, **options):
        sent = send_action_reminders()
        self.stdout.write(f"{sent} herinnering(en) over acties verstuurd")
