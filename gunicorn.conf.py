"""gunicorn's settings for `make serve`, production (docs/deployment.md) and the benchmark (bench/).

gunicorn reads this file from the working directory; flags on the command line override it.
"""

import os
import socket
import sys

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads keep connections open between requests; sync workers sat idle while closing each one (docs/benchmarks.md).
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Each worker listens on its own socket and the kernel spreads new connections over them. With one shared
# socket, a worker that wins the race for the first connections keeps them: under keep-alive one worker
# served everything while the other stood idle, halving throughput at random (docs/benchmarks.md).
reuse_port = True


def on_starting(server):
    """Refuse a port another server already listens on, as gunicorn does without reuse_port.

    With reuse_port the master binds nothing, and the kernel would let a second server (a forgotten `make run`)
    share the port and silently answer every other request.
    """
    for address in server.cfg.address:
        if not isinstance(address, tuple):
            continue  # a Unix socket: gunicorn checks those itself
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            # SO_REUSEADDR only tolerates connections of a server that has gone; a live listener still blocks.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address[:2])
            except OSError as error:
                server.log.error("Cannot listen on %s:%s: %s", address[0], address[1], error.strerror)
                sys.exit(1)
