"""Where a page's time goes, in-process: queries and CPU time per page, optionally a cProfile listing.

The test client keeps one database connection, so SQLite's per-request reconnect is not counted here.

    DATABASE_URL=sqlite:////tmp/mitmenschen-bench/bench.sqlite3 .venv/bin/python bench/page_costs.py
    ... bench/page_costs.py --cprofile "offer detail" --top 30
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mitmenschen.settings.dev")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from targets import targets  # noqa: E402


class QueryLog:
    """Records every query with its time; survives the per-request reconnects that SQLite is set up for."""

    def __init__(self):
        self.queries = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append((sql, time.perf_counter() - started))


def database_cpu_seconds():
    """CPU time used so far by this connection's PostgreSQL backend (0 on SQLite, which runs in-process)."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def get(client, path):
    response = client.get(path, HTTP_HOST="127.0.0.1")
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return response


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50, help="requests per page for the timing")
    parser.add_argument("--cprofile", metavar="PAGE", help="profile one scenario, e.g. 'offer detail'")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--show-sql", metavar="PAGE", help="print the SQL of one request of this scenario")
    args = parser.parse_args()

    # The seed writes pages without Wagtail's signals: start from an empty cache, not a stale site chrome.
    cache.clear()
    client = Client()
    scenarios = targets()
    print("| Page | queries | app CPU ms | DB CPU ms | wall ms | KB | req/s if CPU-bound on 2 cores |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, paths in scenarios.items():
        sample = paths[: args.rounds]
        get(client, sample[0])  # template loading, renditions
        log = QueryLog()
        with connection.execute_wrapper(log):
            response = get(client, sample[0])
        # CPU time rather than wall time: it does not depend on what else runs on the machine.
        db_before = database_cpu_seconds()
        cpu_before, wall_before = time.process_time(), time.perf_counter()
        for n in range(args.rounds):
            get(client, sample[n % len(sample)])
        app_ms = (time.process_time() - cpu_before) * 1000 / args.rounds
        wall_ms = (time.perf_counter() - wall_before) * 1000 / args.rounds
        db_ms = (database_cpu_seconds() - db_before) * 1000 / args.rounds
        capacity = 2000 / (app_ms + db_ms)
        print(f"| {name} | {len(log.queries)} | {app_ms:.1f} | {db_ms:.1f} | {wall_ms:.1f} "
              f"| {len(response.content) / 1024:.0f} | {capacity:.0f} |")
        if args.show_sql == name:
            shapes = Counter(sql[:160] for sql, _ in log.queries)
            for sql, count in shapes.most_common():
                print(f"    {count} × {sql}")

    if args.cprofile:
        paths = scenarios[args.cprofile]
        profiler = cProfile.Profile()
        profiler.enable()
        for n in range(args.rounds):
            get(client, paths[n % len(paths)])
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
