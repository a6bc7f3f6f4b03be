"""Registration race: N people register at the same moment for an event with
fewer seats than people. Reports throughput, latency, the final counts and
whether the waitlist places people were told are unique and still hold.

    DATABASE_URL=postgres://wzn:wzn@127.0.0.1:5432/wzn \\
        .venv/bin/python bench/registration_race.py --clients 50 --seats 20

Each client is a thread with its own database connection calling the same
service the event page calls
(`agenda.services.registrations.register_for_event`), all released together
by a barrier. It runs in a throw-away test database (test_<name>), created
and dropped by the script, so it never touches real data. Without
DATABASE_URL it runs on the embedded SQLite file database.
"""

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seats", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="events raced one after another")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        results = [race(args.clients, args.seats) for _ in range(args.rounds)]
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    report(args, connection.vendor, results)


def race(clients, seats):
    """One event, `clients` professionals registering at once."""
    from django.db import connection

    from accounts.tests.factories import ProfessionalFactory
    from agenda.services import registrations
    from agenda.tests.factories import EventFactory

    event = EventFactory(capacity=seats)
    people = ProfessionalFactory.create_batch(clients)
    barrier = threading.Barrier(clients + 1)
    latencies, errors, told = [], [], {}

    def client(person):
        try:
            barrier.wait()
            started = time.perf_counter()
            registration = registrations.register_for_event(event, user=person)
            latencies.append(time.perf_counter() - started)
            # What the event page tells them right after registering.
            told[registration.pk] = registrations.waitlist_position(registration)
        except Exception as error:  # noqa: BLE001 - every failure is reported
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    statuses = list(event.registrations.values_list("status", flat=True))
    return {
        "elapsed": elapsed, "latencies": latencies, "errors": errors,
        "confirmed": statuses.count("confirmed"), "waitlisted": statuses.count("waitlisted"),
        **told_places(event, told),
    }


def told_places(event, told):
    """How many waitlist places were told to more than one person, and how
    many people now stand at another place than they were told."""
    from collections import Counter

    from agenda.services import registrations

    places = [place for place in told.values() if place is not None]
    shared = sum(count for count in Counter(places).values() if count > 1)
    moved = sum(
        1 for registration in event.registrations.filter(pk__in=told)
        if told[registration.pk] != registrations.waitlist_position(registration))
    return {"told": len(places), "shared": shared, "moved": moved}


def report(args, vendor, results):
    latencies = sorted(lat for r in results for lat in r["latencies"])
    done = sum(len(r["latencies"]) for r in results)
    elapsed = sum(r["elapsed"] for r in results)
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)] if latencies else 0
    print(f"database: {vendor}; {args.rounds} events x {args.clients} clients, "
          f"{args.seats} seats each")
    print(f"registrations: {done} in {elapsed:.2f} s = {done / elapsed:.1f} per second")
    if latencies:
        print(f"latency: p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    for number, result in enumerate(results, 1):
        print(f"event {number}: {result['confirmed']} confirmed, {result['waitlisted']} "
              f"waitlisted, {len(result['errors'])} errors; waitlist places told: "
              f"{result['told']}, shared with someone else: {result['shared']}, "
              f"changed after the race: {result['moved']}")
    overbooked = [r for r in results if r["confirmed"] > args.seats]
    if overbooked or any(r["errors"] for r in results):
        print("FAILED: overbooked or errors:", [r["errors"][:3] for r in results])
        sys.exit(1)
    if any(r["shared"] or r["moved"] for r in results):
        print("FAILED: a waitlist place was told twice or changed after the race")
        sys.exit(1)


if __name__ == "__main__":
    main()
