#!/usr/bin/env bash
# CPU time per request of one gunicorn worker, requests one after another (no contention between the two
# vCPUs), then req/s of the same worker under wrk. Compares commits on the same database:
#
#   git worktree add /tmp/old b7be50d && ln -s "$PWD/.venv" /tmp/old/.venv
#   bash bench/seq_cpu.sh /tmp/old /angebote/ && bash bench/seq_cpu.sh . /angebote/
#
# Uses the database of the last `make bench` (sqlite:////tmp/mitmenschen-bench/bench.sqlite3).
set -euo pipefail
tree=$1 path=$2 rounds=${3:-100} port=${PORT:-8799}
cd "$tree"
export DJANGO_SETTINGS_MODULE=mitmenschen.settings.dev DEBUG=0 LOG_LEVEL=WARNING DB_CONN_MAX_AGE=3600 \
  ALLOWED_HOSTS=127.0.0.1 SECRET_KEY=bench-only-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \
  DATABASE_URL=${DATABASE_URL:-sqlite:////tmp/mitmenschen-bench/bench.sqlite3} \
  STATIC_ROOT=/tmp/mitmenschen-bench/static CACHE_DIR=$(mktemp -d)
.venv/bin/gunicorn mitmenschen.wsgi --bind 127.0.0.1:$port --workers 1 --worker-class gthread --threads 2 \
  --log-level warning &
master=$!
trap 'kill $master 2>/dev/null' EXIT
sleep 4
worker=$(pgrep -P $master | head -1)
cpu() { awk '{print $14 + $15}' /proc/$worker/stat; }
for _ in 1 2 3 4 5; do curl -sf -o /dev/null "http://127.0.0.1:$port$path"; done
before=$(cpu)
for _ in $(seq "$rounds"); do curl -sf -o /dev/null "http://127.0.0.1:$port$path"; done
ticks=$(( $(cpu) - before ))
echo "$tree $path: $(( ticks * 1000 / $(getconf CLK_TCK) / rounds )) ms CPU per request (sequential)"
wrk -t2 -c8 -d10s "http://127.0.0.1:$port$path" | grep "Requests/sec"
