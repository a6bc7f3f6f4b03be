"""Runs the registered jobs when they are due, in this one process.

Time is the monotonic clock in seconds, so a wall-clock jump (summer time,
NTP) neither skips nor repeats a run. The scheduling functions take the
time as an argument: tests give explicit times instead of sleeping.
"""

import logging
import time

from django.db import close_old_connections, connections

log = logging.getLogger("scheduler")

# Longest nap between two looks at the stop flag: a SIGTERM is honoured
# within a second, also while the next job is an hour away.
NAP = 1.0


def next_due(job, last_runs, now):
    """When `job` should run next: now if it never ran, else `every` after its last start."""
    last = last_runs.get(job.name)
    return now if last is None else last + job.every.total_seconds()


def due_jobs(jobs, last_runs, now):
    """The jobs whose time has come at `now`."""
    return [job for job in jobs if next_due(job, last_runs, now) <= now]


def seconds_until_due(jobs, last_runs, now):
    """How long to sleep before the next job is due (0 when one is due now)."""
    soonest = min((next_due(job, last_runs, now) for job in jobs), default=now + 60)
    return max(soonest - now, 0.0)


def run_job(job):
    """Run `job` and log what it did in one line; True when it succeeded.

    A failure is logged with its traceback and not raised: the other jobs
    still run, and this one is tried again at its next turn. Connections
    the job left broken or too old are closed, as after a web request.
    """
    started = time.monotonic()
    try:
        close_old_connections()
        result = job.run()
    except Exception:
        log.exception("%s failed; it runs again at its next turn", job.name)
        return False
    finally:
        close_old_connections()
    done = "done" if result is None else result
    log.info("%s: %s (%.1f s)", job.name, done, time.monotonic() - started)
    return True


class Scheduler:
    """The loop of `run_scheduler`: run what is due, sleep until the next is due."""

    def __init__(self, jobs, clock=time.monotonic, sleep=time.sleep):
        self.jobs = list(jobs)
        self.clock, self.sleep = clock, sleep
        self.last_runs = {}
        self.stopping = False

    def stop(self, *_signal):
        """Finish the job that is running, then leave the loop (a signal handler)."""
        self.stopping = True

    def run_due(self):
        """Run every job that is due now; returns the names of those that failed."""
        now = self.clock()
        failed = []
        for job in due_jobs(self.jobs, self.last_runs, now):
            if self.stopping:
                break
            # Counted from the start, so a slow job does not push its schedule.
            self.last_runs[job.name] = now
            if not run_job(job):
                failed.append(job.name)
        return failed

    def run_forever(self):
        while not self.stopping:
            self.run_due()
            # No connection is held while the process naps until the next job.
            connections.close_all()
            self._nap_until_due()

    def _nap_until_due(self):
        deadline = self.clock() + seconds_until_due(self.jobs, self.last_runs, self.clock())
        while not self.stopping and (left := deadline - self.clock()) > 0:
            self.sleep(min(left, NAP))
