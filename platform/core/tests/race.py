"""A race: many threads doing the same thing at the same moment.

Shared by every concurrency test (seats, waitlist places, slugs). Each
thread has its own database connection, closed when it is done.
"""

import threading

from django.db import connection


def race(items, act, start_together=True):
    """Run act(item) for every item at once; return {item: what act returned}
    and the errors. `start_together=False` leaves the meeting point to `act`
    (a test that must hold every thread inside its transaction)."""
    barrier = threading.Barrier(len(items)) if start_together else None
    results, errors = {}, []

    def attempt(item):
        try:
            if barrier:
                barrier.wait()
            results[item] = act(item)
        except Exception as error:  # noqa: BLE001 - the test reports every failure
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
