"""Run the registered jobs (publishing, reminders) in one long-lived process.

Django loads once; each job then runs when it is due, instead of a new
Python process per job per minute. SIGTERM or SIGINT lets the running job
finish and stops. `--once` runs every job once and exits (for cron, and for
tests); it exits with an error when a job failed, so cron reports it.
"""

import logging
import signal

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from scheduler.jobs import registered_jobs
from scheduler.runner import Scheduler

log = logging.getLogger("scheduler")


class Command(BaseCommand):
    help = "Run the scheduled jobs (publishing, reminders) in one long-lived process."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true",
                            help="Run every job once and exit (for cron).")
        parser.add_argument("--list", action="store_true",
                            help="Show the registered jobs and how often they run.")

    def handle(self, *args, **options):
        jobs = registered_jobs()
        if options["list"]:
            for job in jobs:
                self.stdout.write(f"{job.name}\tevery {job.every}")
            return
        scheduler = Scheduler(jobs)
        try:
            if options["once"]:
                self._run_once(scheduler)
            else:
                self._run_until_stopped(scheduler)
        finally:
            connections.close_all()

    def _run_once(self, scheduler):
        failed = scheduler.run_due()
        if failed:
            raise CommandError(f"{len(failed)} job(s) failed: {', '.join(failed)}")

    def _run_until_stopped(self, scheduler):
        signal.signal(signal.SIGTERM, scheduler.stop)
        signal.signal(signal.SIGINT, scheduler.stop)
        log.info("scheduler started: %s", ", ".join(job.name for job in scheduler.jobs))
        scheduler.run_forever()
        log.info("scheduler stopped")
