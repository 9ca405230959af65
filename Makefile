# The two commands: `make run` serves the demo, `make test` runs everything.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=

.PHONY: run test lint format check install system messages makemessages lock bench worker beat clean

run: install messages
	mkdir -p var/media
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@# The H5P player's own host (docs/decisions/0039) on a second port.
	$(MANAGE) runserver --noreload 127.0.0.1:8001 & player=$$!; \
	trap 'kill $$player 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

test: install messages
	DJANGO_SETTINGS_MODULE=fellowship.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	DJANGO_SETTINGS_MODULE=fellowship.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=fellowship.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python scripts/check_messages.py

install: system $(VENV)/.installed node_modules/.installed static/vendor/offline/sw.js

system:
	@bash scripts/system-packages.sh

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# The service worker, with the precache list of the site shell (not committed).
static/vendor/offline/sw.js: node_modules/.installed scripts/build-sw.mjs $(wildcard static/css/*.css static/js/*.js static/icons/*)
	node scripts/build-sw.mjs

messages: $(VENV)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

makemessages: install
	$(MANAGE) makemessages --all --ignore=.venv --ignore=node_modules --ignore=var --no-obsolete
	$(MANAGE) makemessages -d djangojs --all --ignore=.venv --ignore=node_modules --ignore=var --ignore=static/vendor --no-obsolete

lock:
	$(BIN)/pip install --quiet -r requirements.in -r requirements-dev.in
	(echo "# Pinned by 'make lock' from requirements.in and requirements-dev.in; installs read this file."; \
	 $(BIN)/pip freeze --exclude-editable) > requirements.txt

bench: install messages
	$(BIN)/python -m bench

worker: install
	$(BIN)/celery -A fellowship worker --loglevel=info

beat: install
	$(BIN)/celery -A fellowship beat --loglevel=info

clean:
	rm -rf var/static .pytest_cache
