# Two commands on a fresh machine:  make demo   (install, run the main job on the demo workspace)
#                                   make test   (install, start services, lint, type-check, run every test)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install install-test lint typecheck services clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/followsift demo

lint: install-test
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: install-test
	$(BIN)/mypy src

services:
	@scripts/services/up.sh > $(VENV)/services.env
	@cat $(VENV)/services.env

test: install-test lint typecheck
	scripts/services/up.sh > $(VENV)/services.env
	set -a; . ./$(VENV)/services.env; set +a; $(BIN)/pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
