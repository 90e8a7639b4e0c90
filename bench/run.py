"""Seed, serve with gunicorn, load and report: the whole benchmark as one command, printing a Markdown table.

    .venv/bin/python bench/run.py                      # SQLite and PostgreSQL, 10,000 offers, 2,000 events
    .venv/bin/python bench/run.py --db sqlite --duration 5 --offers 1000 --events 200   # a quick look

Everything it makes lives under /tmp/mitmenschen-bench (SQLite file, static files, logs); on PostgreSQL
it drops and recreates the database named by --postgres-url. The gunicorn it starts is stopped at the end.
"""

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

from load import load

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.gettempdir()) / "mitmenschen-bench"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"

# (req/s at least, p99 below in ms or None), from the issue; event pages are held to their offer counterparts.
TARGETS = {
    "home": (350, 100),
    "offer list": (250, None),
    "offer list, filtered": (250, None),
    "offer detail": (350, 100),
    "event list": (250, None),
    "event detail": (350, 100),
}
WORKER_RSS_LIMIT_MB = 200


def environment(database_url):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="mitmenschen.settings.dev",
        DATABASE_URL=database_url,
        DEBUG="0",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=str(WORK / "static"),
        MEDIA_ROOT=str(WORK / "media"),
        CACHE_DIR=str(WORK / "cache"),
        LOG_LEVEL="WARNING",
        # Long enough that PostgreSQL backends live through a whole run, so their CPU time can be read.
        DB_CONN_MAX_AGE="3600",
    )
    return env


def manage(env, *args):
    # Progress goes to stderr: stdout carries only the report.
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=sys.stderr)


def fresh_database(kind, postgres_url):
    """An empty database URL for `kind`; the previous run's data is dropped."""
    if kind == "sqlite":
        path = WORK / "bench.sqlite3"
        for leftover in WORK.glob("bench.sqlite3*"):
            leftover.unlink()
        return f"sqlite:///{path}"
    import psycopg

    server, _, name = postgres_url.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_url


def has_command(env, name):
    listing = subprocess.run([PYTHON, "manage.py", "help", "--commands"], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout
    return name in listing.split()


def seed(env, args):
    manage(env, "migrate", "--verbosity", "0")
    if has_command(env, "demo_network"):
        try:
            manage(env, "demo_network")
        except subprocess.CalledProcessError:
            print("demo_network failed; the seed builds the missing structure itself.", file=sys.stderr)
    subprocess.run([PYTHON, "bench/seed.py", "--offers", str(args.offers), "--events", str(args.events)],
                   cwd=ROOT, env=env, check=True, stdout=sys.stderr)
    started = time.monotonic()
    manage(env, "update_index", "--verbosity", "0")
    print(f"update_index took {time.monotonic() - started:.0f} s.", file=sys.stderr)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(server, base_url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited; see the log in {WORK}")
        try:
            urllib.request.urlopen(base_url + "/robots.txt", timeout=2).read()  # noqa: S310 (a local URL)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within a minute; see the log in {WORK}")


def proc_status(pid):
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def worker_pids(master_pid):
    """The gunicorn workers: the master's child processes."""
    return [int(path.parent.name) for path in Path("/proc").glob("[0-9]*/status")
            if proc_status(path.parent.name).get("PPid", "").strip() == str(master_pid)]


def database_pids(kind, postgres_url):
    """The PostgreSQL backends serving the benchmark database (none for SQLite, which runs in the workers)."""
    if kind != "postgres":
        return []
    import psycopg

    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                            "AND pid <> pg_backend_pid()").fetchall()
    return [pid for (pid,) in rows]


def measured_load(base_url, paths, pids, duration, connections):
    """load() with the CPU time the given processes spent on it, per request ("cpu_ms")."""
    before = cpu_seconds(pids)
    result = load(base_url, paths, duration, connections)
    result["cpu_ms"] = (cpu_seconds(pids) - before) * 1000 / max(1, result["requests"])
    return result


def worker_rss_mb(master_pid):
    """Resident memory of each worker, smallest first."""
    return sorted(int(proc_status(pid)["VmRSS"].split()[0]) / 1024 for pid in worker_pids(master_pid))


def cpu_seconds(pids):
    """User + system CPU time the processes have used; it does not depend on what else runs on the machine."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def check_pages(base_url, scenarios):
    """Request every URL once (warming template and rendition caches) and list those that fail."""
    failures = []
    for paths in scenarios.values():
        for path in paths:
            try:
                urllib.request.urlopen(base_url + path, timeout=30).read()  # noqa: S310 (a local URL)
            except urllib.error.HTTPError as error:
                failures.append(f"{path} -> {error.code}")
    return failures


def measure(kind, env, args):
    scenarios = json.loads(subprocess.run([PYTHON, "bench/targets.py"], cwd=ROOT, env=env, check=True,
                                          capture_output=True, text=True).stdout)
    port = args.port or free_port()
    base_url = f"http://127.0.0.1:{port}"
    # gunicorn.conf.py (read from ROOT) adds what production runs with, reuse_port among it.
    command = [GUNICORN, "mitmenschen.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
               "--worker-class", args.worker_class, "--threads", str(args.threads), "--log-level", "warning",
               "--error-logfile", "-"]
    log = (WORK / f"gunicorn-{kind}.log").open("w")
    # The seed writes pages without Wagtail's signals, so the cached site chrome of an earlier run is stale.
    shutil.rmtree(WORK / "cache", ignore_errors=True)
    # Django logs errors to the console: they land in the same log, not in the report.
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=log)
    try:
        wait_until_up(server, base_url)
        failures = check_pages(base_url, scenarios)
        if failures:
            print(f"{len(failures)} pages fail, e.g. {failures[:5]}", file=sys.stderr)
        load(base_url, [p for paths in scenarios.values() for p in paths], args.warmup, args.connections)
        load_before = os.getloadavg()[0]
        results = {}
        for name, paths in scenarios.items():
            pids = worker_pids(server.pid) + database_pids(kind, env["DATABASE_URL"])
            results[name] = measured_load(base_url, paths, pids, args.duration, args.connections)
            print(f"{kind} {name}: {results[name]}", file=sys.stderr)
        loads = (load_before, os.getloadavg()[0])
        rss = worker_rss_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    return results, rss, loads


def verdict(name, result):
    rps, p99 = TARGETS[name]
    met = result["rps"] >= rps and (p99 is None or result["p99_ms"] < p99) and not result["errors"]
    goal = f"≥ {rps} req/s" + (f", p99 < {p99} ms" if p99 else "")
    return f"{'met' if met else 'MISSED'} ({goal})"


def table(kind, results, rss, loads, args):
    lines = [
        f"### {kind}: {args.workers} {args.worker_class} workers"
        + (f" × {args.threads} threads" if args.worker_class == "gthread" else "")
        + f", {args.connections} connections, {args.duration} s per row",
        "",
        "| Page | req/s | p50 ms | p99 ms | failed | server CPU ms/req | CPU-bound req/s | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, result in results.items():
        lines.append(f"| {name} | {result['rps']:.0f} | {result['p50_ms']:.1f} | {result['p99_ms']:.1f} "
                     f"| {result['errors']} | {result['cpu_ms']:.1f} | {2000 / result['cpu_ms']:.0f} "
                     f"| {verdict(name, result)} |")
    sizes = ", ".join(f"{size:.0f} MB" for size in rss)
    ok = "met" if rss and max(rss) < WORKER_RSS_LIMIT_MB else "MISSED"
    lines += [
        "",
        f"Worker memory (VmRSS after the run): {sizes} — {ok} (< {WORKER_RSS_LIMIT_MB} MB). "
        f"Load average (1 min) before/after the measurement: {loads[0]:.1f} / {loads[1]:.1f}. "
        "CPU-bound req/s = 2000 ms / server CPU ms per request: what two otherwise idle cores would serve.",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL",
                                                                 "postgres://postgres@127.0.0.1:5432/bench"))
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--reuse", action="store_true", help="keep the database of the last run, skip seeding")
    parser.add_argument("--port", type=int, default=0, help="default: a free one")
    parser.add_argument("--workers", type=int, default=2)
    # gthread keeps connections open; sync workers sat idle a third of the time under wrk (docs/benchmarks.md).
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="gthread")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=int, default=20, help="seconds per page")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of load before measuring")
    args = parser.parse_args()

    WORK.mkdir(exist_ok=True)
    reports = []
    for kind in args.db:
        if args.reuse:
            url = f"sqlite:///{WORK / 'bench.sqlite3'}" if kind == "sqlite" else args.postgres_url
            env = environment(url)
        else:
            env = environment(fresh_database(kind, args.postgres_url))
            seed(env, args)
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        results, rss, loads = measure(kind, env, args)
        reports.append(table("SQLite" if kind == "sqlite" else "PostgreSQL", results, rss, loads, args))

    versions = subprocess.run(
        [PYTHON, "-c", "import django, wagtail; print(django.get_version(), wagtail.__version__)"],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    load_tool = "wrk" if shutil.which("wrk") else "Python threads"
    print(f"{date.today()}, {os.cpu_count()} cores, Python {platform.python_version()}, Django {versions[0]}, "
          f"Wagtail {versions[1]}, {args.offers} offers, {args.events} events, load from {load_tool} "
          "on the same cores.\n")
    print("\n".join(reports))


if __name__ == "__main__":
    main()
