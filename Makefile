# Two commands matter: `make run` and `make test`. Both create .venv and install what they need.
# The project needs Python 3.12 or newer: take python3.13, python3.12 or python3 when one of them is
# new enough (pyenv's, when that is how the machine provides them), else say what to install.
ifndef PYTHON
PYTHON := $(shell for c in python3.13 python3.12 python3; do \
    p=$$(command -v $$c 2>/dev/null) && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' \
      2>/dev/null && { echo $$p; exit; }; \
    command -v pyenv >/dev/null && for v in $$(pyenv versions --bare 2>/dev/null | sort -rV); do \
      p=$$(PYENV_VERSION=$$v pyenv which $$c 2>/dev/null) && $$p -c 'import sys; \
        sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; exit; }; done; \
  done)
endif
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run demo test lint bench bundle clean translations

# Qt Linguist: translations/*.ts are the sources (edit them with pyside6-linguist); the compiled
# .qm files the app loads are made from them, into resources/translations/ (not committed).
LANGS := en de es
TS := $(LANGS:%=translations/secondop_%.ts)
QM := $(LANGS:%=resources/translations/secondop_%.qm)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "SecondOp needs Python 3.12 or newer: install python3.12 (or newer) and run make again."; exit 1; }
	@test ! -x $(BIN)/python || $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' || rm -rf $(VENV)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

resources/translations/%.qm: translations/%.ts $(STAMP)
	@mkdir -p resources/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Extract every marked string of the code into the .ts files (new ones unfinished), then compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none \
	    $$(find secondop_desktop -name '*.py' | sort) -ts $(TS)
	$(MAKE) --no-print-directory $(QM)

run: $(STAMP) $(QM)
	$(BIN)/secondop-desktop

demo: $(STAMP) $(QM)
	$(BIN)/secondop-desktop --demo

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check secondop_desktop tests benchmarks
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check secondop_desktop tests benchmarks
	$(BIN)/mypy

bundle: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	PYTHON=$(BIN)/python bash packaging/build_bundle.sh

# Every benchmark against its anchor, measured in the same run, and its goal; a table at the end.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf build dist .pytest_cache
