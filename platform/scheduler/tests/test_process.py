"""`manage.py run_scheduler` as production runs it: its own process, the
real jobs, the test database; SIGTERM stops it cleanly."""

import os
import signal
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from .test_scheduler import REAL_JOBS

# The child process uses the test database, so no transaction of this test
# may hold it; serialized_rollback restores what migrate made afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TIMEOUT = 120  # seconds; only reached when the process hangs


def database_url():
    db = connection.settings_dict
    assert "test" in db["NAME"], "never the development or production database"
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start(*args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": database_url(), "LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler", *args], cwd=settings.BASE_DIR, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def logged_jobs(log):
    return {line.split(":")[0] for line in log.splitlines() if ": " in line}


def test_once_runs_the_real_jobs_in_a_process_of_its_own():
    process = start("--once")
    _, log = process.communicate(timeout=TIMEOUT)

    assert process.returncode == 0, log
    assert logged_jobs(log) >= REAL_JOBS, log
    assert "Traceback" not in log


def test_sigterm_stops_the_scheduler_cleanly():
    process = start()
    try:
        lines = iter(process.stderr.readline, "")
        started = next((line for line in lines if "scheduler started" in line), "")
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()

    assert "scheduler started" in started
    assert process.returncode == 0, rest
    assert "scheduler stopped" in rest
    assert "Traceback" not in rest
