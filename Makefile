# Rapport: `make run` starts the app, `make test` runs the tests. Both create the
# virtual environment in .venv and install the project into it on first use.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint check bench demo bundle smoke clean-venv translations

# Translations (issue 14): the .ts files are the source, the .qm files Qt loads are built
# from them (never committed); `make translations` collects new strings from the code.
TS := $(wildcard resources/translations/rapport_*.ts)
QM := $(TS:.ts=.qm)
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -locations none -no-obsolete -silent

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Rapport needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

$(QM): %.qm: %.ts $(STAMP)
	$(PY) -m desktop.ui.common.languages

translations: $(STAMP)
	$(LUPDATE) desktop -ts $(filter-out %_en.ts,$(TS))
	$(LUPDATE) -pluralonly desktop -ts resources/translations/rapport_en.ts
	$(PY) -m desktop.ui.common.languages

run: $(STAMP) $(QM)
	$(VENV)/bin/rapport $(ARGS)

test: $(STAMP) $(QM)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

check: lint test

bench: $(STAMP)
	for script in bench/bench_*.py; do $(PY) $$script || exit 1; done

demo: $(STAMP)
	$(VENV)/bin/rapport demo --people 300

# The installable app (issue 7): a one-folder PyInstaller bundle in dist/rapport/
# (`$(PY) packaging/build.py --onefile` for one file), then its smoke test.
BUNDLE := $(CURDIR)/dist/rapport/rapport

bundle: $(STAMP) $(QM)
	$(PY) packaging/build.py

smoke: $(STAMP)
	test -x $(BUNDLE) || $(MAKE) bundle
	RAPPORT_BUNDLE=$(BUNDLE) $(PY) -m pytest -m bundle tests/packaging $(PYTEST_ARGS)

clean-venv:
	rm -rf $(VENV)
