"""Background jobs as production runs them: an RQ worker and the scheduler,
each its own long-lived process, on a Redis of their own that is restarted
while they run, mailing through a real SMTP server that is down at first.

Nothing is lost: a mail that failed is retried, a mail stored while Redis
was gone (its job never reached a queue) is handed to a job by the
scheduler's sweep once Redis is back, and both processes live through it.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.mail import EmailMessage
from django.db import connection
from django.utils import timezone

from outbox.messages import to_data
from outbox.models import OutgoingMail
from outbox.tests.smtp_sink import SmtpSink

ROOT = Path(__file__).resolve().parents[1]
REDIS = shutil.which("redis-server")

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(REDIS is None, reason="needs redis-server (make services installs it)"),
]


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _database_url():
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        return (f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
                f"{db['PORT'] or 5432}/{db['NAME']}")
    return f"sqlite:///{db['NAME']}"


class OwnRedis:
    """A throw-away redis-server without persistence: a restart empties it,
    as a crash of an unpersisted Redis would."""

    def __init__(self, tmp_path):
        self.port, self.dir = _free_port(), tmp_path
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.dir)], stdout=subprocess.DEVNULL)
        _wait(lambda: _answers(self.port), "redis-server to start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


def _answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _wait(condition, what, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"waited {seconds} s for {what}")


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
    if server.process.poll() is None:
        server.kill()


def test_worker_and_scheduler_retry_and_live_through_a_redis_restart(redis):
    smtp_port = _free_port()  # nothing listens yet: the mail server is down
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": _database_url(),
           "REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
           "TASKS_BACKEND": "django_tasks_rq.RQBackend",
           "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
           "OUTBOX_RETRY_SECONDS": "1", "LOG_LEVEL": "WARNING"}
    manage = [sys.executable, "manage.py"]
    worker = subprocess.Popen([*manage, "run_worker"],
                              cwd=ROOT, env=env)
    scheduler = subprocess.Popen([*manage, "run_scheduler"], cwd=ROOT, env=env)
    sink = None
    try:
        first = _store("Eerste")
        # The sweep hands it to a job; the worker tries; the server is down.
        _wait(lambda: OutgoingMail.objects.get(pk=first.pk).attempts >= 1,
              "the first attempt")
        assert OutgoingMail.objects.get(pk=first.pk).sent_at is None

        redis.kill()
        second = _store("Tijdens de storing")
        time.sleep(3)  # both processes meet a Redis that is gone
        redis.start()
        sink = SmtpSink(smtp_port)
        # Skip the first mail's pause before its next attempt.
        OutgoingMail.objects.filter(pk=first.pk).update(next_attempt_at=timezone.now())

        _wait(lambda: OutgoingMail.objects.filter(sent_at=None).count() == 0,
              "both mails to be sent")
        assert sorted(m.split("Subject: ")[1].split("\n")[0] for m in sink.mails
                      if "Subject: " in m) == ["Eerste", "Tijdens de storing"]
        assert OutgoingMail.objects.get(pk=second.pk).attempts == 1
        assert worker.poll() is None and scheduler.poll() is None
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        if sink:
            sink.stop()
