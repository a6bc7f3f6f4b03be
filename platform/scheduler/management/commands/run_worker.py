"""`manage.py run_worker`: the background-job worker of production.

With REDIS_URL set, jobs (mail, search indexing) are queued in Redis and
run here: django-rq's `rqworker` on the default queue, with RQ's scheduler
for jobs that wait (`run_after`), and the job class of django-tasks-rq, so
a job is a django-tasks Task. Run one or more next to the web processes.
Without REDIS_URL jobs run at once in the process that queued them, and no
worker is needed.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run background jobs from Redis (needs REDIS_URL)."

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true",
                            help="Run what is queued now, then stop.")

    def handle(self, *args, burst=False, **options):
        if not settings.REDIS_URL:
            raise CommandError("REDIS_URL is not set: without Redis jobs run at once, "
                               "in the process that queued them, and need no worker.")
        call_command("rqworker", "default", with_scheduler=True, burst=burst,
                     job_class="django_tasks_rq.backend.Job")
