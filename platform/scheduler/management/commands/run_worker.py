"""`manage.py run_worker`: the background-job worker of production.

With REDIS_URL set, jobs (mail, search indexing) are queued in Redis and
run here: an RQ worker on the default queue, with RQ's scheduler for jobs
that wait (`run_after`), and the job class of django-tasks-rq, so a job is
a django-tasks Task. Run one or more next to the web processes. Without
REDIS_URL jobs run at once in the process that queued them, and no worker
is needed.

RQ's worker waits for Redis while it is idle, but quits when Redis goes
away at some other moment (while it records a finished job, say). This
command then starts a new worker after a pause that doubles up to 30 s, so
a Redis restart needs no process supervisor; SIGTERM still stops it (the
running job finishes first).
"""

import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django_rq import get_worker
from django_rq.utils import reset_db_connections
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

JOB_CLASS = "django_tasks_rq.backend.Job"
MAX_PAUSE = 30


class Command(BaseCommand):
    help = "Run background jobs from Redis (needs REDIS_URL)."

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true",
                            help="Run what is queued now, then stop.")

    def handle(self, *args, burst=False, **options):
        if not settings.REDIS_URL:
            raise CommandError("REDIS_URL is not set: without Redis jobs run at once, "
                               "in the process that queued them, and need no worker.")
        level = "WARNING" if options["verbosity"] == 0 else "INFO"
        pause = 1
        while True:
            started = time.monotonic()
            try:
                worker = get_worker("default", job_class=JOB_CLASS)
                reset_db_connections()
                worker.work(burst=burst, with_scheduler=True, logging_level=level)
                # RQ sets this on SIGTERM/SIGINT; any other return is a worker
                # that gave up on Redis.
                if burst or worker._stop_requested:
                    return
                reason = "the worker quit"
            except (RedisConnectionError, RedisTimeoutError) as exc:
                reason = type(exc).__name__
            if time.monotonic() - started > 60:
                pause = 1  # it had been running well: this is a new outage
            connections.close_all()
            log.warning("Redis was lost (%s); a new worker starts in %d s", reason, pause)
            time.sleep(pause)
            pause = min(pause * 2, MAX_PAUSE)
