# Two commands matter: `make run` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run demo test lint bench bundle clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(BIN)/secondop-desktop

demo: $(STAMP)
	$(BIN)/secondop-desktop --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check secondop_desktop tests benchmarks

lint: $(STAMP)
	$(BIN)/ruff check secondop_desktop tests benchmarks

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	PYTHON=$(BIN)/python bash packaging/build_bundle.sh

bench: $(STAMP)
	$(BIN)/python benchmarks/import_bench.py
	$(BIN)/python benchmarks/startup_bench.py
	$(BIN)/python benchmarks/import_stall_bench.py
	$(BIN)/python benchmarks/export_bench.py

clean:
	rm -rf build dist .pytest_cache
