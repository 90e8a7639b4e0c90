"""The gunicorn settings every server start shares (gunicorn.conf.py), as gunicorn itself reads them."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gunicorn_settings(*flags):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    # The settings file's own defaults, whatever the environment running the tests says.
    env = {k: v for k, v in os.environ.items() if k not in ("WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_CMD_ARGS")}
    output = subprocess.run(  # noqa: S603 (our own fixed command)
        [gunicorn, "--print-config", *flags, "mitmenschen.wsgi"], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True, timeout=60,
    ).stdout
    return {name.strip(): value.strip() for name, _, value in (line.partition("=") for line in output.splitlines())}


def test_every_worker_listens_on_its_own_socket():
    settings = gunicorn_settings()
    # One shared socket let one worker keep every keep-alive connection while the other idled.
    assert settings["reuse_port"] == "True"
    assert settings["worker_class"] == "gthread"
    assert settings["workers"] == "2"


def test_flags_on_the_command_line_still_win():
    assert gunicorn_settings("--workers", "3")["workers"] == "3"


def test_a_port_in_use_is_refused():
    # A running server, as gunicorn's workers listen with reuse_port: the kernel would let a second one share it.
    with socket.socket() as running:
        running.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        running.bind(("127.0.0.1", 0))
        running.listen()
        port = running.getsockname()[1]
        gunicorn = Path(sys.executable).with_name("gunicorn")
        started = subprocess.run(  # noqa: S603 (our own fixed command)
            [gunicorn, "mitmenschen.wsgi", "--bind", f"127.0.0.1:{port}"], cwd=ROOT, capture_output=True,
            text=True, timeout=60,
        )
    assert started.returncode != 0
    assert f"Cannot listen on 127.0.0.1:{port}" in started.stderr
