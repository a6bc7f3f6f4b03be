"""Background jobs through a Redis restart: an RQ worker (`run_worker`) and
the scheduler (`run_scheduler`), each a long-lived process, on a redis-server
of their own; mails go to a local SMTP server that keeps them.

    DATABASE_URL=postgres://wzn:wzn@127.0.0.1:5432/wzn \
        .venv/bin/python bench/jobs_restart.py --mails 200

1. N mails are stored and queued as a request does (outbox.delivery.queue,
   jobs on RQ after commit): how long until the worker has sent them all.
2. Redis is killed (no persistence: its queue is gone); N more mails are
   stored while it is down (queuing fails and is logged); Redis comes back
   after --down seconds: how long from its return until every mail is sent,
   with the scheduler's outbox_retry at its production interval (60 s,
   --retry-seconds to change). Both processes must still be running, and
   every mail must arrive exactly once.
It runs in a throw-away database (bench_jobs_<name>).
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


from core.tests.processes import OwnRedis, database_url, stop  # noqa: E402  (needs the path)


def wait_until(condition, seconds):
    """True once `condition` holds, False after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=200)
    parser.add_argument("--down", type=float, default=5.0, help="seconds Redis stays down")
    parser.add_argument("--retry-seconds", type=int, default=60,
                        help="the scheduler's outbox_retry interval (production: 60)")
    args = parser.parse_args()

    redis = OwnRedis(Path(os.environ.get("TMPDIR", "/tmp")))
    redis.start()
    os.environ.update(REDIS_URL=redis.url, TASKS_BACKEND="django_tasks_rq.RQBackend")

    import django

    django.setup()
    from django.core.mail import EmailMessage
    from django.db import connection, transaction
    from django.test.utils import setup_test_environment

    from outbox.delivery import queue
    from outbox.models import OutgoingMail
    from outbox.tests.smtp_sink import SmtpSink

    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL (PostgreSQL): the worker and scheduler share it.")
    setup_test_environment()
    connection.settings_dict["TEST"]["NAME"] = f"bench_jobs_{connection.settings_dict['NAME']}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    sink = SmtpSink()
    env = {**os.environ, "DATABASE_URL": database_url(connection),
           "EMAIL_URL": f"smtp://127.0.0.1:{sink.port}",
           "OUTBOX_RETRY_SECONDS": str(args.retry_seconds), "LOG_LEVEL": "CRITICAL"}
    quiet = {"cwd": ROOT, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    worker = subprocess.Popen([sys.executable, "manage.py", "run_worker"], **quiet)
    scheduler = subprocess.Popen([sys.executable, "manage.py", "run_scheduler"], **quiet)

    def store(prefix):
        with transaction.atomic():
            queue([EmailMessage(f"{prefix} {n}", "Tekst", None, [f"p{n}@example.nl"])
                   for n in range(args.mails)])

    def all_sent():
        return not OutgoingMail.objects.filter(sent_at=None).exists()

    try:
        time.sleep(3)  # both processes have loaded Django
        start = time.monotonic()
        store("Voor")
        ok = wait_until(all_sent, 300)
        print(f"{args.mails} mails queued on RQ: all sent in "
              f"{time.monotonic() - start:.1f} s" if ok else "not all sent within 300 s")

        redis.kill()
        store("Tijdens")  # the jobs cannot be queued: the mails wait in the outbox
        time.sleep(args.down)
        redis.start()
        back = time.monotonic()
        ok = wait_until(all_sent, args.retry_seconds * 3 + 120)
        caught_up = time.monotonic() - back
        subjects = [m.split("Subject: ")[1].split("\n")[0] for m in sink.mails
                    if "Subject: " in m]
        print(f"Redis down {args.down:.0f} s with {args.mails} mails stored meanwhile: "
              + (f"all sent {caught_up:.1f} s after it returned" if ok
                 else f"not all sent {caught_up:.0f} s after it returned"))
        print(f"worker running: {worker.poll() is None}, scheduler running: "
              f"{scheduler.poll() is None}; mails received {len(subjects)}, distinct "
              f"{len(set(subjects))}, expected {2 * args.mails}")
    finally:
        stop([worker, scheduler], timeout=20)
        redis.kill()
        sink.stop()
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
