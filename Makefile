# Conv1d, explained: `make serve` to write, `make test` to check. `make help` lists all.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
PYTHON := $(VENV)/bin/python
# Set up once, again whenever requirements.txt changes. --no-compile: Python compiles what it
# imports when it first does, not every file of every package now (a fresh set-up: 100 s -> 50 s).
READY := $(VENV)/.ready-$(shell sha1sum requirements.txt | cut -c1-12)

# Silences Material's end-of-life notice, printed on every build.
export NO_MKDOCS_2_WARNING := 1

$(READY): requirements.txt
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-compile -r requirements.txt
	rm -f $(VENV)/.ready-* && touch $@

# The browser tests inject axe-core from node_modules; make audit also needs Lighthouse (a
# devDependency, 170 MB). Both pinned in package-lock.json.
LOCK := $(shell sha1sum package-lock.json | cut -c1-12)
NODE_READY := node_modules/.ready-$(LOCK)
NODE_AUDIT := node_modules/.audit-ready-$(LOCK)

$(NODE_READY): package-lock.json | system
	npm ci --omit=dev --no-audit --no-fund --silent
	touch $@

$(NODE_AUDIT): package-lock.json | system
	npm ci --no-audit --no-fund --silent
	touch $(NODE_READY) $@

.PHONY: system
system:  ## Install Chromium, CJK fonts and npm with apt-get if missing (as root; else names the command)
	@scripts/system.sh

.PHONY: setup
setup: $(READY) $(NODE_READY)  ## Create .venv with the pinned packages (torch 2.13.0 CPU) and node_modules

.PHONY: serve
serve: $(READY)  ## Serve both languages at http://127.0.0.1:8000 with live reload
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

.PHONY: build
build: $(READY)  ## Write the complete static site, both languages, into site/
	$(VENV)/bin/mkdocs build --strict

.PHONY: test
test: system $(READY) $(NODE_READY)  ## Run the whole test suite, browser tests included (sets up what it needs)
	$(PYTHON) -m pytest

.PHONY: check
check: $(READY)  ## The quick loop: the examples and the built site, without the browser or a second run
	$(PYTHON) -m pytest -m "not browser and not again"

.PHONY: refresh
refresh: $(READY)  ## Rewrite the expected outputs (examples/*.out, notebooks/) from a fresh run
	$(PYTHON) -m pytest tests/test_examples.py tests/test_notebooks.py --update-outputs -q -n 0

.PHONY: bench
bench: $(READY)  ## Measure build times and page weights
	$(PYTHON) scripts/bench.py

.PHONY: audit
audit: system $(READY) $(NODE_AUDIT)  ## Lighthouse scores of a few pages in both languages
	$(PYTHON) scripts/audit.py

.PHONY: translations
translations: $(READY)  ## List pages whose Korean and English sides are out of step
	$(PYTHON) scripts/translations.py

.PHONY: lock
lock: $(READY)  ## Pin every package of requirements.in into requirements.txt
	rm -rf .venv-lock && python3 -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -r requirements.in
	{ sed -n '1,2p' requirements.txt; .venv-lock/bin/pip freeze | sed 's/^torch==\(.*\)+cpu$$/torch==\1/'; } > requirements.txt.new
	mv requirements.txt.new requirements.txt && rm -rf .venv-lock

.PHONY: clean
clean:  ## Remove the built site and caches (keeps .venv)
	rm -rf site .pytest_cache

.PHONY: help
help:  ## List the commands
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'
