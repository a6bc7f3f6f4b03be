# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint install migrate demo serve services test-browser test-all clean lock search-engine

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $(STAMP)

install: $(STAMP)

migrate: install
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

demo: migrate
	$(PY) manage.py seed_demo

## Next to the server, one scheduler process (stopped with it): scheduled pages
## and events go live (and expire), tomorrow's participants get their reminder,
## actions due today reach the people who took them on, notification digests
## go out and mails that failed are tried again. Background jobs run inside the
## server on the embedded default (no REDIS_URL), so no worker is started. It logs only
## failures here (LOG_LEVEL=WARNING); `manage.py run_scheduler --list` shows the jobs.
## HOST and PORT reach the settings too: SITE_URL (links in mails) follows them.
serve:
	export HOST=$(HOST) PORT=$(PORT); \
	LOG_LEVEL=WARNING $(PY) manage.py run_scheduler & \
	trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

## The development search engine (OpenSearch 2.19.6 built from Maven jars) in the
## foreground on 127.0.0.1:9200; Ctrl-C stops it. See search-engine/README.md.
search-engine:
	search-engine/run

## A local PostgreSQL and Redis (installed from Debian when missing), for the
## suite on real services and the benchmarks; `make run` and `make test` need neither.
services:
	.ci/services

## make run: install, migrate, load demo content, serve with websockets.
run: demo serve

lint: install
	$(VENV)/bin/ruff check .

## make test: lint and the whole suite, browser tests included (they need chromium).
test: lint
	$(VENV)/bin/pytest

## Browser tests: Playwright driving Debian's chromium (apt-get install -y chromium).
test-browser: install
	$(VENV)/bin/pytest -m browser

test-all: test test-browser

## Regenerate the lock file after changing pyproject.toml.
lock:
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) var
