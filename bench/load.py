"""Drive a fixed number of connections at a local server for a fixed time; wrk if installed, else Python threads.

    .venv/bin/python bench/load.py --duration 10 http://127.0.0.1:8765 /angebote/ /veranstaltungen/
"""

import argparse
import http.client
import json
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

# One Lua state per wrk thread: each starts at a different point of the path list and walks through it.
WRK_SCRIPT = """
local paths = %s
local counter = 0
setup = function(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
end
init = function(args)
  position = offset %% #paths
end
request = function()
  position = position %% #paths + 1
  return wrk.format("GET", paths[position])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT {\\"requests\\": %%d, \\"duration_us\\": %%d, \\"p50_us\\": %%d, \\"p99_us\\": %%d, "
    .. "\\"bad_status\\": %%d, \\"socket_errors\\": %%d}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def lua_list(paths):
    return "{" + ", ".join(json.dumps(path) for path in paths) + "}"


def run_wrk(base_url, paths, duration, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % lua_list(paths))
    try:
        output = subprocess.run(
            ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{duration}s",
             "--timeout", "10s", "-s", script.name, base_url],
            capture_output=True, text=True, check=True, timeout=duration + 60,
        ).stdout
    finally:
        Path(script.name).unlink()
    raw = json.loads(next(line for line in output.splitlines() if line.startswith("RESULT "))[7:])
    seconds = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "rps": raw["requests"] / seconds,
        "p50_ms": raw["p50_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "errors": raw["bad_status"] + raw["socket_errors"],
    }


def run_threads(base_url, paths, duration, connections):
    """The fallback: heavier on the shared CPU than wrk, so its figures come out somewhat lower."""
    parts = urlsplit(base_url)
    deadline = time.monotonic() + duration
    latencies, errors = [], [0]
    lock = threading.Lock()

    def worker(offset):
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine, bad = [], 0
        position = offset
        while time.monotonic() < deadline:
            path = paths[position % len(paths)]
            position += 1
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status >= 400:
                    bad += 1
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n * 7919,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50_ms": cuts[49] * 1000,
        "p99_ms": cuts[98] * 1000,
        "errors": errors[0],
    }


def load(base_url, paths, duration, connections):
    """req/s, p50 and p99 in ms and the count of failed requests for `paths`, requested round-robin."""
    if not base_url.startswith(("http://127.0.0.1", "http://localhost")):
        raise ValueError("The load generator only targets a local server.")
    runner = run_wrk if shutil.which("wrk") else run_threads
    return runner(base_url, paths, duration, connections)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    print(json.dumps(load(args.base_url, args.paths, args.duration, args.connections)))


if __name__ == "__main__":
    main()
