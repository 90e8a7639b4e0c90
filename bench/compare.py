"""Measure another site with the benchmark's own load and CPU accounting, for a side-by-side figure.

The target in docs/benchmarks.md is relative to Wagtail's bakerydemo on the same machine. Nothing of that site
is part of this repository; this script only serves and loads a folder that holds

    serve.sh PORT   execs gunicorn in the foreground (with the same workers and threads as ours)
    urls.json       {"scenario name": ["/path/", ...], ...}

and prints one Markdown row per scenario, in the columns of bench/run.py's table:

    .venv/bin/python bench/compare.py /tmp/bakerydemo
"""

import argparse
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from load import load
from run import free_port, measured_load, wait_until_up, worker_pids, worker_rss_mb


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="folder with serve.sh and urls.json")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=int, default=20, help="seconds per scenario")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of load before measuring")
    args = parser.parse_args()

    scenarios = json.loads((args.site / "urls.json").read_text())
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(["bash", str(args.site / "serve.sh"), str(port)], start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=sys.stderr)
    try:
        wait_until_up(server, base_url)
        master = server.pid  # serve.sh execs gunicorn: its workers are this process's children
        load(base_url, [path for paths in scenarios.values() for path in paths], args.warmup, args.connections)
        print("| Page | req/s | p50 ms | p99 ms | failed | server CPU ms/req |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for name, paths in scenarios.items():
            result = measured_load(base_url, paths, worker_pids(master), args.duration, args.connections)
            print(f"| {args.site.name} {name} | {result['rps']:.0f} | {result['p50_ms']:.1f} | "
                  f"{result['p99_ms']:.1f} | {result['errors']} | {result['cpu_ms']:.1f} |", flush=True)
        sizes = worker_rss_mb(master)
        print(f"\nWorker memory (VmRSS after the run): {', '.join(f'{size:.0f} MB' for size in sizes)}.")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
