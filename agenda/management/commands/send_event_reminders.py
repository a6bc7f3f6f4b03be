"""Mail a reminder to everyone with a seat at an event that starts tomorrow.

The scheduler runs the same function as its "event_reminders" job (see
AgendaConfig.ready); this command runs it once, by hand or from cron. Safe to
run often: each registration is reminded once.
"""

from django.core.management.base import BaseCommand

from agenda.services.reminders import send_reminders


class Command(BaseCommand):
    help = "Mail the day-before reminders for tomorrow's events."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} herinnering(en) verstuurd")
