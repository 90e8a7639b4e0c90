"""Search latency: seed N offers, build the index (timed), then measure search and autocomplete in-process
and the search page over HTTP; prints a Markdown table (docs/benchmarks.md, section "Search").

    .venv/bin/python bench/search_bench.py --db sqlite postgres --offers 10000
    .venv/bin/python bench/search_bench.py --db postgres --offers 100000 --events 5000

Seeding reuses bench/seed.py (bulk inserts, no indexing); `update_index` then builds the search index,
which is what is timed as the index build. Data lives where bench/run.py keeps it (/tmp/mitmenschen-bench,
search-bench.sqlite3 and the PostgreSQL database named by --postgres-url, dropped and recreated unless
--reuse; not the files of bench/run.py, so both can run).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from run import GUNICORN, PYTHON, ROOT, WORK, environment, free_port, fresh_database, manage, wait_until_up

# Own files and database, so this can run while bench/run.py runs (which uses bench.sqlite3 and mitmenschen_bench).
SQLITE_PATH = WORK / "search-bench.sqlite3"

QUERIES = [
    "Kaffee", "Erzählcafé", "Trauercafe", "Spaziergruppe Lippstadt", "Kafee Kuchen", "Selbsthilfegruppe",
    "Begleitung Bus Bahn", "Sitztanz Soest", "Gedächtnistraining", "Handy Sprechstunde", "Senioren",
    "Spazirgruppe", "xyzunbekannt",
]
FILTERED = [("Kaffee", {"types": ["offer"], "district": "lippstadt"}), ("Treffen", {"include_past_events": True})]
PREFIXES = ["Ka", "Erz", "Spazier", "Trauerc", "Hand", "Sel", "Gedä", "Lite"]


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000


def in_process(rounds):
    """Runs inside a subprocess with the benchmark database configured: times the engine calls."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mitmenschen.settings.dev")
    import django

    django.setup()
    from search import engine

    def run_search(query, kwargs):
        response = engine.search(query, **kwargs)
        list(response.results)
        return response

    for query in QUERIES:  # warm up caches (vocabulary, content types, site root paths)
        run_search(query, {})
    search_times, auto_times = [], []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            run_search(query, {})
            search_times.append(time.perf_counter() - started)
        for query, kwargs in FILTERED:
            started = time.perf_counter()
            run_search(query, kwargs)
            search_times.append(time.perf_counter() - started)
        for prefix in PREFIXES:
            started = time.perf_counter()
            engine.autocomplete(prefix)
            auto_times.append(time.perf_counter() - started)
    hits = {query: engine.search(query).count for query in QUERIES[:3]}
    print(json.dumps({"search": percentiles(search_times), "autocomplete": percentiles(auto_times),
                      "backend": engine.search("Kaffee").backend, "hits": hits}))


def over_http(env, rounds):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(WORK / "search-bench-gunicorn.log", "w")  # noqa: SIM115 (open for the server's lifetime)
    server = subprocess.Popen(
        [GUNICORN, "mitmenschen.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--worker-class", "sync"],
        cwd=ROOT, env=env, stdout=log, stderr=log,
    )
    try:
        wait_until_up(server, base)
        paths = [f"/suche/?{urllib.parse.urlencode({'q': q})}" for q in QUERIES]
        paths += [f"/suche/?{urllib.parse.urlencode({'q': 'Kaffee', 'type': 'offer', 'district': 'lippstadt'})}"]
        for path in paths:
            urllib.request.urlopen(base + path, timeout=60).read()  # noqa: S310 (a local URL)
        times = []
        for _ in range(rounds):
            for path in paths:
                started = time.perf_counter()
                urllib.request.urlopen(base + path, timeout=60).read()  # noqa: S310 (a local URL)
                times.append(time.perf_counter() - started)
        return percentiles(times)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    parser.add_argument("--postgres-url", default="postgres://postgres@127.0.0.1:5432/mitmenschen_search_bench")
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--reuse", action="store_true", help="measure the existing database, skip seeding")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process:
        in_process(args.rounds)
        return

    WORK.mkdir(exist_ok=True)
    rows = []
    for kind in args.db:
        name = "SQLite" if kind == "sqlite" else "PostgreSQL"
        if args.reuse:
            url = f"sqlite:///{SQLITE_PATH}" if kind == "sqlite" else args.postgres_url
            env, build = environment(url), None
        else:
            if kind == "sqlite":
                for leftover in WORK.glob(SQLITE_PATH.name + "*"):
                    leftover.unlink()
                env = environment(f"sqlite:///{SQLITE_PATH}")
            else:
                env = environment(fresh_database(kind, args.postgres_url))
            manage(env, "migrate", "--verbosity", "0")
            subprocess.run([PYTHON, "bench/seed.py", "--offers", str(args.offers), "--events", str(args.events)],
                           cwd=ROOT, env=env, check=True, stdout=sys.stderr)
            started = time.monotonic()
            manage(env, "update_index", "--verbosity", "0")
            build = time.monotonic() - started
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        result = json.loads(subprocess.run(
            [PYTHON, "bench/search_bench.py", "--in-process", "--rounds", str(args.rounds)],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1])
        http = over_http(env, args.rounds)
        print(f"{name}: {result}", file=sys.stderr)
        rows.append(
            f"| {name} | {args.offers:,} | {result['search'][0]:.0f} / {result['search'][1]:.0f} "
            f"| {result['autocomplete'][0]:.0f} / {result['autocomplete'][1]:.0f} | {http[0]:.0f} / {http[1]:.0f} "
            f"| {f'{build:.0f} s' if build is not None else 'reused'} |"
        )
    print("| database | offers | search p50 / p95 (ms, in-process) | autocomplete p50 / p95 (ms) "
          "| search page p50 / p95 (ms, HTTP) | index build (update_index) |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
