"""A race: many threads doing the same thing at the same moment."""

import threading

from django.db import connection


def race(items, act):
    """Run act(item) for every item at once; return {item: what act returned}
    and the errors."""
    barrier = threading.Barrier(len(items))
    results, errors = {}, []

    def attempt(item):
        try:
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
