"""What DATABASE_URL says reaches Django's connection settings, next to the options the settings add."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def database_options(**environment):
    script = ("import json; from django.conf import settings; "
              "print(json.dumps(settings.DATABASES['default']['OPTIONS']))")
    inherited = {name: value for name, value in os.environ.items() if name != "DB_PREPARED_STATEMENTS"}
    env = {**inherited, "DJANGO_SETTINGS_MODULE": "mitmenschen.settings.dev", **environment}
    output = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,  # noqa: S603
                            capture_output=True, text=True, timeout=60).stdout
    return json.loads(output)


def test_url_options_survive_the_prepared_statements_setting():
    options = database_options(DATABASE_URL="postgres://postgres@127.0.0.1:5432/x?sslmode=require")
    assert options["sslmode"] == "require"
    assert options["server_side_binding"] is True
    assert options["prepare_threshold"] == 2


def test_prepared_statements_can_be_switched_off():
    options = database_options(DATABASE_URL="postgres://postgres@127.0.0.1:5432/x?sslmode=require",
                               DB_PREPARED_STATEMENTS="0")
    assert options == {"sslmode": "require"}
