# RelationDesk: `make run` opens the app, `make test` runs every check headless.
# Both set up .venv, install the package and compile the translations first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LANGS := it id ro
SOURCES := $(shell find relationdesk -name '*.py' -not -path '*/migrations/*' | sort)
TS := $(foreach l,$(LANGS),translations/relationdesk_$(l).ts) translations/relationdesk_en.ts
QM_DIR := relationdesk/translations
QM := $(patsubst translations/%.ts,$(QM_DIR)/%.qm,$(TS) $(wildcard translations/qt_extra_*.ts))

.PHONY: run test lint typecheck translations compile-translations bench setup system-deps clean \
	package package-check

# Checks first that Qt's X11 libraries are there (installs them as root on Debian).
# Without a desktop keychain (a bare or headless Debian), the database key is kept in a
# 0600 file outside the data folder instead (docs/encryption.md: what that protects).
run: setup compile-translations
	@$(BIN)/python .ci/check-qt-libs
	@if $(BIN)/python -c "import keyring.backends.fail as f, keyring, sys; \
	    sys.exit(not isinstance(keyring.get_keyring(), f.Keyring))"; then \
	  echo "No system keychain: the database key goes to $${RELATIONDESK_KEY_FILE:-$$HOME/.relationdesk-database-key}"; \
	  export RELATIONDESK_KEY_FILE="$${RELATIONDESK_KEY_FILE:-$$HOME/.relationdesk-database-key}"; \
	fi; \
	$(BIN)/python -m relationdesk

test: setup compile-translations lint typecheck
	$(BIN)/python -m pytest

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "RelationDesk needs Python 3.11 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: setup
	$(BIN)/ruff check relationdesk tests bench

typecheck: setup
	$(BIN)/mypy

# Developers: refresh the .ts catalogues from the source, then compile them.
translations: setup
	$(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none \
		$(foreach l,$(LANGS),-ts translations/relationdesk_$(l).ts)
	$(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -pluralonly \
		-ts translations/relationdesk_en.ts
	$(MAKE) compile-translations

compile-translations: setup $(QM)

$(QM_DIR)/%.qm: translations/%.ts
	@mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bench: setup compile-translations
	$(BIN)/python bench/bench.py

# A stand-alone one-folder bundle for this platform: dist/RelationDesk/relationdesk.
package: setup compile-translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/relationdesk.spec
	@du -sh dist/RelationDesk

# The slow checks: the wheel in a fresh venv outside the repo, the bundle, and twenty
# fresh starts under Xvfb.
package-check: setup compile-translations
	$(BIN)/python -m pytest --slow -m slow tests/test_packaging.py tests/test_first_start.py

# Qt's system libraries on Debian (needs root); .ci/run calls the same script.
system-deps:
	sh .ci/system-deps

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM_DIR)/*.qm
