# MitMenschen — `make run` to try the site locally, `make test` to run every check. `make help` lists all targets.

SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
export DJANGO_SETTINGS_MODULE ?= mitmenschen.settings.dev
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

# The first interpreter that is Python >= 3.12 (Django 6 needs it); pyenv installs are tried last.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$(ls -d /root/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v "$$p" || echo "$$p"; } && break; done)

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo static test lint checks pytest messages bench publish-scheduled clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock
	@test -n "$(PYTHON)" || { echo "Python >= 3.12 is needed (python3.13 or python3.12)."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned dependencies

migrate: install ## Apply database migrations
	$(PY) manage.py migrate --no-input

demo: migrate ## Build the demo network (idempotent)
	$(PY) manage.py demo_network

static: install ## Collect static files for whitenoise
	$(PY) manage.py collectstatic --no-input --verbosity 0

run: demo static serve ## Set everything up and serve on http://127.0.0.1:$(PORT) (DEBUG off)

serve: ## Serve with gunicorn on 127.0.0.1:$(PORT)
	@echo "Site:  http://127.0.0.1:$(PORT)/"
	@echo "Admin: http://127.0.0.1:$(PORT)/admin/  (demo logins above, for local use only)"
	$(VENV)/bin/gunicorn mitmenschen.wsgi \
		--bind 127.0.0.1:$(PORT) --access-logfile - --forwarded-allow-ips=""

lint: install ## ruff
	$(VENV)/bin/ruff check .

checks: install ## Django system checks, missing migrations, production deploy checks
	DJANGO_SETTINGS_MODULE=mitmenschen.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=mitmenschen.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=mitmenschen.settings.production SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))') \
		ALLOWED_HOSTS=mitmenschen.example.org $(PY) manage.py check --deploy --fail-level WARNING

pytest: install ## The test suite only
	DJANGO_SETTINGS_MODULE=mitmenschen.settings.test $(VENV)/bin/pytest

test: lint checks pytest ## Install, then every check and the whole test suite

messages: install ## Update and compile the German translations (needs Debian's gettext)
	$(PY) manage.py makemessages -l de --ignore=.venv --ignore=tests --ignore=bench --no-location
	$(PY) manage.py compilemessages -l de --ignore=.venv

bench: install ## Benchmark (see docs/benchmarks.md)
	bash bench/run.sh

publish-scheduled: install ## Carry out scheduled publishing and expiry once
	$(PY) manage.py publish_scheduled

.PHONY: send-mail
send-mail: install ## Send queued e-mail that is due (retries, mail left by a restart) once
	$(PY) manage.py send_queued_mail

clean: ## Remove the virtualenv, local database, media and collected static files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles media
