# Everything a fresh machine needs, from the two commands the README opens with.
export NO_MKDOCS_2_WARNING := 1
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: serve build test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,pagefind]"
	touch $(STAMP)

serve: $(STAMP)          ## preview the archive of seeds/ at http://127.0.0.1:8000
	$(BIN)/mkdocs serve

build: $(STAMP)          ## publish: the static site in site/
	$(BIN)/mkdocs build --strict

test: $(STAMP)           ## the whole test suite (installs the browser for the browser tests)
	$(BIN)/python scripts/install_browser.py
	$(BIN)/pytest

bench: $(STAMP)          ## speed and memory figures (prints; never fails on time)
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf site .cache briefings/*.md
