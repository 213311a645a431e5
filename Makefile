# Two commands matter: `make run` and `make test`. Both work in a fresh clone with python3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
PORT ?= 8000
SHELL := bash
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed-$(notdir $(LOCK))
# Browser assets (plotly.js, world topojson, axe-core) from npm, served as our static files.
NODE_STAMP := node_modules/.installed-package-lock
# Security lint of our code; accepted findings carry `# nosec <id>` (README, Security checks).
# bandit warns about every line of a multi-line statement a nosec covers: those lines are dropped.
BANDIT := set -o pipefail; $(BIN)/bandit -q -c pyproject.toml -r . 2>&1 | { grep -v 'nosec encountered' || true; }
# Tests read static files from the app directories; no collectstatic needed.
TEST_ENV := STATICFILES_BACKEND=django.contrib.staticfiles.storage.StaticFilesStorage

BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/unitar_bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/14
N ?= 1000000

CATALOGUES := ar zh_Hans fr es ru
# No source locations (they churn); tests, dependencies and data are not the product's text.
MESSAGES_OPTIONS := --no-location --no-obsolete --ignore=.venv --ignore=node_modules --ignore=var \
	--ignore=tests

.PHONY: run test lint format messages lock migrate load stats bench stack stack-stop backup restore clean

$(STAMP): $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	@rm -f $(VENV)/.installed-*
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## Set up, migrate, load the bundled dataset if the database is empty, serve on 127.0.0.1:$(PORT).
run: $(STAMP) $(NODE_STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py load_dataset --if-empty
	$(BIN)/python manage.py rebuild_stats -v0  # slices a migration or an edit left dirty, if any
	@echo "Serving on http://127.0.0.1:$(PORT)/"
	$(BIN)/gunicorn unitar_site.wsgi --bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

## Lint, check migrations, run every test (PYTEST_ARGS passes options through).
test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BANDIT)
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BANDIT)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Add new messages of the code and templates to each catalogue (then translate them) and compile.
messages: $(STAMP)
	$(TEST_ENV) $(BIN)/python manage.py makemessages $(MESSAGES_OPTIONS) $(foreach l,$(CATALOGUES),-l $(l))
	$(TEST_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules

## Re-pin every dependency, with hashes, from pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements/dev.lock
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements/base.lock

migrate: $(STAMP)
	$(BIN)/python manage.py migrate --noinput

load: migrate
	$(BIN)/python manage.py load_dataset

stats: $(STAMP)
	$(BIN)/python manage.py rebuild_stats --full

## Benchmarks on PostgreSQL and Redis (not part of `make test`): N=10000000 make bench.
## Statistics builds and queries in-process; then API, export and dashboards through gunicorn.
bench: $(STAMP) $(NODE_STAMP)
	psql "$(BENCH_DATABASE_URL)" -c "SELECT 1" >/dev/null 2>&1 || \
		psql "$(dir $(BENCH_DATABASE_URL))postgres" -c "CREATE DATABASE $(notdir $(BENCH_DATABASE_URL))"
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py bench --participations $(N)
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py bench_imports --rows 100000
	@command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
	$(BIN)/python manage.py collectstatic --noinput -v0  # the dashboards' hashed static names
	DATABASE_URL=$(BENCH_DATABASE_URL) CELERY_BROKER_URL=$(BENCH_REDIS_URL) \
		$(BIN)/python manage.py bench_http

## The production stack without containers (bin/stack): gunicorn on 127.0.0.1:$(PORT), a Celery
## worker and Celery beat against DATABASE_URL and CELERY_BROKER_URL (default: the local
## PostgreSQL database unitar and Redis); logs in var/log/, pids in var/run/.
stack: $(STAMP) $(NODE_STAMP)
	PORT=$(PORT) bin/stack start

stack-stop:
	bin/stack stop

## Back the database (DATABASE_URL, or the embedded SQLite) up to var/backups/ (BACKUP=file to
## choose); `make restore BACKUP=file` replaces the whole database with it.
backup: $(STAMP)
	$(BIN)/python manage.py backup $(if $(BACKUP),--output $(BACKUP))

restore: $(STAMP)
	@test -n "$(BACKUP)" || { echo "make restore BACKUP=var/backups/<file>" >&2; exit 2; }
	$(BIN)/python manage.py restore $(BACKUP) --noinput

clean:
	rm -rf var $(VENV)
