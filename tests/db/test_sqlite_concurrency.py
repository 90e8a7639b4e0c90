"""The embedded SQLite default must take concurrent writers without "database is locked"."""

import copy
import threading

from django.db import connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

import pytest

WRITERS = 8
WRITES_EACH = 25

pytestmark = pytest.mark.skipif(
    connections.settings["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite-specific: checks the embedded default's WAL, busy timeout and IMMEDIATE transactions",
)


@pytest.fixture(autouse=True)
def _allow_file_databases(django_db_blocker):
    # These connections go to throwaway files, not the test database that pytest-django guards.
    with django_db_blocker.unblock():
        yield


def file_database(path, alias):
    """A connection with the project's SQLite options, on a file (the test database lives in memory)."""
    settings_dict = copy.deepcopy(connections.settings["default"])
    settings_dict["NAME"] = str(path)
    return DatabaseWrapper(settings_dict, alias=alias)


def test_journal_mode_is_wal(tmp_path):
    wrapper = file_database(tmp_path / "wal.sqlite3", "wal_check")
    with wrapper.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    wrapper.close()


def test_concurrent_read_then_write_transactions_all_succeed(tmp_path):
    path = tmp_path / "concurrency.sqlite3"
    setup = file_database(path, "setup")
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, seen INTEGER NOT NULL)")
    setup.close()

    errors = []
    start = threading.Barrier(WRITERS)

    def writer(number):
        alias = f"writer_{number}"
        connections[alias] = file_database(path, alias)  # per-thread: connections are thread-local
        start.wait()
        try:
            for _ in range(WRITES_EACH):
                # Read, then write in one transaction: the pattern that fails with "database is locked"
                # under SQLite's default DEFERRED transactions when another writer gets in between.
                with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                    cursor.execute("SELECT COUNT(*) FROM counter")
                    seen = cursor.fetchone()[0]
                    cursor.execute("INSERT INTO counter (seen) VALUES (%s)", [seen])
        except Exception as error:  # collected and reported by the assertion below
            errors.append(repr(error))
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    check = file_database(path, "check")
    with check.cursor() as cursor:
        cursor.execute("SELECT COUNT(*), COUNT(DISTINCT seen) FROM counter")
        total, distinct_seen = cursor.fetchone()
    check.close()
    # Every write happened, and serialised: each transaction saw a different count.
    assert total == WRITERS * WRITES_EACH
    assert distinct_seen == total
