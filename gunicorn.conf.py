"""gunicorn's settings for `make serve`, production (docs/deployment.md) and the benchmark (bench/).

gunicorn reads this file from the working directory; flags on the command line override it.
"""

import os

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads keep connections open between requests; sync workers sat idle while closing each one (docs/benchmarks.md).
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Each worker listens on its own socket and the kernel spreads new connections over them. With one shared
# socket, a worker that wins the race for the first connections keeps them: under keep-alive one worker
# served everything while the other stood idle, halving throughput at random (docs/benchmarks.md).
reuse_port = True
