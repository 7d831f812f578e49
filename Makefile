# The single entry point: `make run` serves the demo site, `make test` runs the whole suite.
# Without DATABASE_URL both start an embedded PostgreSQL (data under .data/) and stop it after.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
WITH_DB := $(PY) scripts/with_database.py
PYTEST_ARGS ?=
PYTEST_DB_FLAG := $(if $(CI),--create-db,--reuse-db)

.PHONY: install messages messages-extract browser-deps run serve-prod test test-embedded lint format clean bench bench-deps backup restore-check restart-check explain

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --upgrade pip
	$(VENV)/bin/pip install --quiet --disable-pip-version-check ".[dev]"
	rm -rf build *.egg-info
	touch $@

install: $(VENV)/.installed messages

# Compiled catalogs are built, not committed. msgfmt comes from Debian's gettext.
messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq gettext >/dev/null; } || echo "note: gettext is missing; install it to compile translations"
	@for po in locale/*/LC_MESSAGES/django.po; do \
	  mo=$${po%.po}.mo; \
	  if [ ! -f $$mo ] || [ $$po -nt $$mo ]; then msgfmt --check -o $$mo $$po || exit 1; fi; \
	done

run: install
	@$(WITH_DB) sh -c '\
	  $(PY) manage.py migrate --noinput && \
	  $(PY) manage.py createcachetable && \
	  $(PY) manage.py seed_demo && \
	  echo "" && \
	  echo "  RecruitCommunity is running at http://127.0.0.1:$(PORT)/" && \
	  echo "  Demo login: demo@recruitcommunity.local / demo-password-2026" && \
	  echo "  Admin:      admin@recruitcommunity.local / demo-password-2026 (http://127.0.0.1:$(PORT)/admin/)" && \
	  echo "" && \
	  exec $(PY) manage.py runserver --noreload 127.0.0.1:$(PORT)'

# The production settings (recruitcommunity/settings/production.py) served by gunicorn
# (gunicorn.conf.py) on 127.0.0.1:$(PORT) with the demo data: the hardened site, tried over
# plain http. Browsers keep Secure cookies on http://127.0.0.1 and http://localhost, so only
# the redirect to https is turned off. The secret key is made once and kept in
# .data/secret_key (SECRET_KEY in the environment wins).
serve-prod: install
	@mkdir -p .data
	@test -s .data/secret_key || (umask 077 && $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > .data/secret_key)
	@DJANGO_SETTINGS_MODULE=recruitcommunity.settings.production \
	  SECRET_KEY="$${SECRET_KEY:-$$(cat .data/secret_key)}" \
	  ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	  SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" \
	  ACCOUNT_DEFAULT_HTTP_PROTOCOL="$${ACCOUNT_DEFAULT_HTTP_PROTOCOL:-http}" \
	  SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}" \
	  PORT=$(PORT) \
	  $(WITH_DB) sh -c '\
	  $(PY) manage.py migrate --noinput && \
	  $(PY) manage.py createcachetable && \
	  $(PY) manage.py seed_demo && \
	  $(PY) manage.py collectstatic --noinput --verbosity 0 && \
	  echo "" && \
	  echo "  RecruitCommunity (production settings, gunicorn) at http://127.0.0.1:$(PORT)/" && \
	  echo "  Demo login: demo@recruitcommunity.local / demo-password-2026" && \
	  echo "  Probes:     http://127.0.0.1:$(PORT)/healthz and /readyz" && \
	  echo "" && \
	  exec $(VENV)/bin/gunicorn --config gunicorn.conf.py'

test: install lint browser-deps
	$(WITH_DB) sh -c '$(PY) manage.py makemigrations --check --dry-run && \
	  $(PY) -m pytest $(PYTEST_DB_FLAG) $(PYTEST_ARGS)'

# What the browser tests (tests/browser/) use beyond Python: axe-core and the Nu Html Checker
# from npm, Debian's Chromium, and Java for the checker. Missing system packages are installed
# when running as root; otherwise a note is printed and those tests skip (or fail under CI).
browser-deps: node_modules/.package-lock.json
	@missing=""; \
	  [ -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$$missing chromium"; \
	  command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	  if [ -z "$$missing" ]; then :; \
	  elif [ "$$(id -u)" = 0 ]; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
	      || echo "note: could not install$$missing; the browser tests will skip"; \
	  else echo "note:$$missing not installed (apt-get install$$missing as root); the browser tests will skip"; fi

# npm writes node_modules/.package-lock.json on every install: newer than both files = current.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund && touch $@; \
	  else echo "note: npm is missing (apt-get install npm); the axe-core and HTML checks will skip"; fi

# The embedded-PostgreSQL path, whatever DATABASE_URL says (CI runs it beside `make test`).
test-embedded: install
	env -u DATABASE_URL $(WITH_DB) $(PY) -m pytest --create-db -p no:cacheprovider tests/recruitcommunity/test_health.py

# Throughput and latency of the main pages against the floor view, at small and full scale
# (bench/run.py; writes bench/results.md and bench/latency.png). Full scale first generates a
# million questions (about 20 minutes, once); BENCH_SCALES=small measures only the small data.
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/1
bench: install bench-deps
	REDIS_URL=$${REDIS_URL:-$(BENCH_REDIS_URL)} $(WITH_DB) $(PY) bench/run.py

# Query plans of the main pages on the data in DATABASE_URL (fill it with
# `manage.py generate_data --scale full`); exits 1 when a page scans a large table.
EXPLAIN_ARGS ?=
explain: install
	$(WITH_DB) $(PY) scripts/explain_pages.py $(EXPLAIN_ARGS)

bench-deps:
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || \
	  { echo "wrk is needed: apt-get install wrk"; exit 1; }

# Backups (docs/operations.md): pg_dump -Fc of DATABASE_URL (else of the embedded server)
# to backups/<timestamp>.dump, and a restore into a scratch database with every count compared.
backup: install
	$(WITH_DB) $(PY) scripts/db_backup.py dump

restore-check: install
	$(WITH_DB) $(PY) scripts/db_backup.py restore-check

# PostgreSQL restarted under load, on a cluster of its own (rc_restart on port 5433; needs
# root and Debian's postgresql-common); never the main cluster. RESTART_CHECK_ARGS=--help.
RESTART_CHECK_ARGS ?=
restart-check: install
	$(PY) scripts/pg_restart_check.py $(RESTART_CHECK_ARGS)

# After marking new strings: refresh every catalog, then translate what is new.
messages-extract: install
	$(PY) manage.py makemessages -l en -l pl -l de -l es -l he -l et --no-location \
	  -i .venv -i node_modules -i tests -i build -i staticfiles -i .data

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) .data staticfiles .pytest_cache .ruff_cache test-artifacts
