"""Background jobs as production runs them: an RQ worker and the scheduler,
each its own long-lived process, on a Redis of their own that is restarted
while they run, mailing through a real SMTP server that is down at first.

Nothing is lost: a mail that failed is retried, a mail stored while Redis
was gone (its job never reached a queue) is handed to a job by the
scheduler's sweep once Redis is back, and both processes live through it.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.mail import EmailMessage
from django.db import connection
from django.utils import timezone

from core.tests import processes
from core.tests.processes import OwnRedis, database_url, free_port, stop, wait_until
from outbox.messages import to_data
from outbox.models import OutgoingMail
from outbox.tests.mail_servers import SilentServer
from outbox.tests.smtp_sink import SmtpSink

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(processes.REDIS_SERVER is None,
                       reason="needs redis-server (make services installs it)"),
]


def _store(subject):
    """A mail as a request stores it when the job queue cannot be reached."""
    message = EmailMessage(subject, "Tekst", "site@example.nl", ["a@example.nl"])
    return OutgoingMail.objects.create(message=to_data(message), recipients="a@example.nl",
                                       subject=subject)


@pytest.fixture
def redis(tmp_path):
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.kill()


def test_worker_and_scheduler_retry_and_live_through_a_redis_restart(redis):
    smtp_port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": database_url(connection), "REDIS_URL": redis.url,
           "TASKS_BACKEND": "django_tasks_rq.RQBackend",
           "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}", "EMAIL_TIMEOUT": "4",
           "OUTBOX_RETRY_SECONDS": "1", "LOG_LEVEL": "WARNING"}
    manage = [sys.executable, "manage.py"]
    # First a mail server that takes the connection and never answers: the
    # worker is in the middle of a job when Redis goes (RQ's own worker quits
    # then; run_worker starts a new one).
    silent, sink = SilentServer(smtp_port), None
    worker = subprocess.Popen([*manage, "run_worker"], cwd=ROOT, env=env)
    scheduler = subprocess.Popen([*manage, "run_scheduler"], cwd=ROOT, env=env)
    try:
        first = _store("Eerste")
        # The sweep hands it to a job; the worker claims it and waits for the server.
        wait_until(lambda: OutgoingMail.objects.get(pk=first.pk).attempts >= 1, 60,
                   "the first attempt")
        redis.kill()
        second = _store("Tijdens de storing")
        # The attempt times out (failed, kept), the worker and the scheduler
        # meet a Redis that is gone.
        wait_until(lambda: OutgoingMail.objects.get(pk=first.pk).last_error, 30,
                   "the first attempt to fail")
        time.sleep(2)
        assert OutgoingMail.objects.get(pk=first.pk).sent_at is None
        redis.start()
        silent.close()
        sink = SmtpSink(smtp_port)
        # Skip the first mail's pause before its next attempt.
        OutgoingMail.objects.filter(pk=first.pk).update(next_attempt_at=timezone.now())

        wait_until(lambda: not OutgoingMail.objects.filter(sent_at=None).exists(), 90,
                   "both mails to be sent")
        assert sorted(m.split("Subject: ")[1].split("\n")[0] for m in sink.mails
                      if "Subject: " in m) == ["Eerste", "Tijdens de storing"]
        assert OutgoingMail.objects.get(pk=second.pk).attempts == 1
        assert worker.poll() is None and scheduler.poll() is None
    finally:
        stop([worker, scheduler])
        silent.close()
        if sink:
            sink.stop()
