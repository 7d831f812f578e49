"""Running calls at the same moment in threads, each with its own database connection, to
show that a service holds up under concurrent requests against PostgreSQL."""

import threading

from django.db import connection


def run_at_once(calls, timeout=30):
    """Run the calls in threads released together; return what each raised (or None)."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait(timeout=timeout)
            call()
        except Exception as error:  # reported by the caller's assertions
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout * 2)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck on a lock"
    return outcomes
