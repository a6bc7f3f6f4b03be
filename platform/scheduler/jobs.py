"""What runs on a schedule, registered by whoever owns the work.

A pillar registers its periodic work from its `AppConfig.ready()`, like its
my-data exporters: `register_job("event_reminders", send_reminders)`. The
`run_scheduler` command runs every registered job in one long-lived
process, so nothing starts a new Python process per job per minute.
A job is a function without arguments that returns what it did (a count or
None); it must be safe to run again after a crash (idempotent).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

_jobs = {}


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable
    every: timedelta


def register_job(name, run, every=timedelta(minutes=1)):
    """Run `run()` every `every` while the scheduler runs (replaces by name)."""
    _jobs[name] = Job(name, run, every)


def registered_jobs():
    return list(_jobs.values())
