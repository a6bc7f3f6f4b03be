"""The scheduler runs every registered job when it is due, survives a failing
one, and `run_scheduler --once` runs each job once (for cron and tests)."""

import logging
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command

from scheduler import jobs
from scheduler.runner import Scheduler, due_jobs, seconds_until_due

# The platform's publishing and the pillars' reminders (registered in ready()).
REAL_JOBS = {"publish_scheduled", "event_reminders", "action_reminders"}


@pytest.fixture
def registry(monkeypatch):
    """An empty job registry for this test; the real one comes back afterwards."""
    monkeypatch.setattr(jobs, "_jobs", {})
    return jobs


def job(name, minutes=1, run=lambda: None):
    return jobs.Job(name, run, timedelta(minutes=minutes))


class FakeClock:
    """Monotonic seconds that only move when the scheduler sleeps."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def test_the_platform_and_the_pillars_register_their_jobs():
    assert {job.name for job in jobs.registered_jobs()} >= REAL_JOBS


def test_once_runs_every_registered_job_once(registry, caplog):
    ran = []
    registry.register_job("first", lambda: ran.append("first") or 3)
    registry.register_job("second", lambda: ran.append("second"), every=timedelta(hours=1))

    with caplog.at_level(logging.INFO, logger="scheduler"):
        call_command("run_scheduler", "--once")

    assert ran == ["first", "second"]
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == ["first: 3", "second: done"]


def test_a_failing_job_is_logged_and_the_others_still_run(registry, caplog):
    ran = []

    def broken():
        raise RuntimeError("mail server gone")

    registry.register_job("broken", broken)
    registry.register_job("fine", lambda: ran.append("fine"))

    with pytest.raises(CommandError, match="1 job\\(s\\) failed: broken"):
        call_command("run_scheduler", "--once")

    assert ran == ["fine"]
    [failure] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert failure.getMessage().startswith("broken failed")
    assert "mail server gone" in str(failure.exc_info[1])


def test_list_shows_the_jobs_and_how_often_they_run(registry, capsys):
    registry.register_job("reminders", lambda: None, every=timedelta(hours=1))

    call_command("run_scheduler", "--list")

    assert capsys.readouterr().out == "reminders\tevery 1:00:00\n"


def test_a_job_runs_when_never_run_and_again_once_its_interval_has_passed():
    every_five = job("every_five", minutes=5)
    started = {"every_five": 1000.0}

    assert due_jobs([every_five], {}, 1000.0) == [every_five]
    assert due_jobs([every_five], started, 1000.0 + 59) == []
    assert due_jobs([every_five], started, 1000.0 + 299) == []
    assert due_jobs([every_five], started, 1000.0 + 300) == [every_five]


def test_the_scheduler_sleeps_until_the_soonest_job_is_due():
    every_minute, hourly = job("every_minute"), job("hourly", minutes=60)
    last_runs = {"every_minute": 1000.0, "hourly": 1000.0}

    assert seconds_until_due([every_minute, hourly], last_runs, 1020.0) == 40.0
    assert seconds_until_due([every_minute, hourly], last_runs, 1075.0) == 0.0


def test_over_ten_minutes_each_job_runs_as_often_as_its_interval_says():
    clock, runs = FakeClock(), []
    scheduler = Scheduler([
        job("every_minute", run=lambda: runs.append("every_minute")),
        job("every_five", minutes=5, run=lambda: runs.append("every_five")),
    ], clock=clock, sleep=clock.sleep)

    while clock.now < 1000.0 + 10 * 60:
        scheduler.run_due()
        scheduler._nap_until_due()

    assert (runs.count("every_minute"), runs.count("every_five")) == (10, 2)


def test_a_failing_job_is_tried_again_at_its_next_turn_and_the_loop_goes_on(caplog):
    clock, attempts = FakeClock(), []

    def flaky():
        attempts.append(clock.now)
        if len(attempts) == 1:
            raise RuntimeError("database restarting")
        return 0

    scheduler = Scheduler([job("flaky", run=flaky)], clock=clock, sleep=clock.sleep)

    assert scheduler.run_due() == ["flaky"]
    scheduler._nap_until_due()
    assert scheduler.run_due() == []
    assert attempts == [1000.0, 1060.0]


def test_a_stopped_scheduler_leaves_its_loop_and_starts_no_further_job():
    clock, runs = FakeClock(), []
    scheduler = Scheduler([], clock=clock, sleep=clock.sleep)

    def stop_after_running():
        runs.append("first")
        scheduler.stop()

    scheduler.jobs = [job("first", run=stop_after_running),
                      job("second", run=lambda: runs.append("second"))]
    scheduler.run_forever()

    assert runs == ["first"]
