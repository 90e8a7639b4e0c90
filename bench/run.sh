#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): seed, serve with gunicorn, load with wrk, print a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/run.py "$@"
