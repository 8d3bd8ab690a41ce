# Two commands: `make run` opens the dashboard on the sample company, `make test` runs every test.
# Both create the virtual environment and install the dependencies themselves (`make install`).
# `make serve` serves the dashboard to a team from a server (see SECURITY.md for a login).

VENV   ?= .venv
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
            command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
            2>/dev/null && { echo $$p; break; }; done)
PY      = $(VENV)/bin/python
PORT   ?= 8501
# make serve: the interface to listen on (0.0.0.0 = every one; 127.0.0.1 = this machine only)
ADDRESS ?= 0.0.0.0
# make run NO_BROWSER=1 (or NO_BROWSER=1 in the environment): print the URL, open no browser
NO_BROWSER ?=

.PHONY: install run serve test bench sample clean help

help:
	@echo "make run    - set up and open the dashboard on the sample company (http://localhost:$(PORT))"
	@echo "             PORT=8502 for another port, NO_BROWSER=1 to only print the URL"
	@echo "make serve  - serve the dashboard to a team: headless, no browser, on $(ADDRESS):$(PORT)"
	@echo "             ADDRESS=127.0.0.1 for this machine only; a sign-in: see SECURITY.md"
	@echo "make test   - set up and run every test (unit, app, browser)"
	@echo "make install - only create the virtual environment and install the dependencies"
	@echo "make bench  - run the benchmarks under benchmarks/"
	@echo "make sample - rebuild the sample workbooks in sample_data/"

# Only an install writes the stamp. A requirements file newer than it (a fresh checkout, a
# branch switch) does not mean a reinstall: an offline pip check (about 1 s) first asks whether
# the environment already satisfies the requirements, and only if not is it (re)built.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	@if [ -x $(PY) ] && $(PY) -m pip install --dry-run --no-index --quiet --disable-pip-version-check \
	      -r requirements-dev.txt >/dev/null 2>&1; then \
	  echo "$(VENV) already satisfies requirements-dev.txt"; \
	else \
	  test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required"; exit 1; }; \
	  set -e; \
	  echo "$(PYTHON) -m venv $(VENV) && pip install -r requirements-dev.txt"; \
	  $(PYTHON) -m venv $(VENV); \
	  $(PY) -m pip install --quiet --upgrade pip; \
	  $(PY) -m pip install --quiet -r requirements-dev.txt; \
	  touch $@; \
	fi

install: $(VENV)/.installed

# Headless Streamlit (no first-run e-mail prompt, works without a terminal); the launcher prints
# the URL once /_stcore/health answers and opens the browser when there is one.
run: install
	$(PY) scripts/run_app.py --port $(PORT) $(if $(filter-out 0 false no,$(NO_BROWSER)),--no-browser)

# The same launcher for a team server (and the Docker image's CMD): never a browser, listening
# on $(ADDRESS); SIGTERM or Ctrl-C stops it cleanly.
serve: install
	$(PY) scripts/run_app.py --port $(PORT) --address $(ADDRESS) --no-browser

test: install
	$(PY) -m ruff check .
	$(PY) -m pytest

bench: install
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

sample: install
	$(PY) -m models sample --out sample_data

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
