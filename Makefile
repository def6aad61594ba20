# JPoA Desktop — `make run` and `make test` are the two commands a newcomer needs.
#
# Qt needs a few system libraries that a minimal Debian/Ubuntu lacks. Install them once with:
#   sudo apt-get install -y libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
#        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-dejavu-core
# (`make test` only needs the first six and a font: it runs headless, QT_QPA_PLATFORM=offscreen.)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint imports typecheck pytest bench bundle translations screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/jpoa-desktop

test: $(STAMP) lint imports typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests db benchmarks packaging
	$(BIN)/ruff format --check src tests db benchmarks packaging

# The layers of the code (pyproject.toml, [tool.importlinter]): a wrong-way import fails here.
imports: $(STAMP)
	$(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every benchmark in benchmarks/, on the large demo (built once, cached in $(VENV)), and one table
# of figure, baseline, ratio, budget and verdict. The start-up figures include the bundle's.
# `make bench BENCH="--only startup"` (or "--quick"); the run is kept in $(VENV)/bench-last.txt:
# `$(BIN)/python benchmarks/run_all.py --saved $(VENV)/bench-last.txt --markdown` for the README.
bench: $(STAMP)
	test -x dist/jpoa-desktop/jpoa-desktop || $(MAKE) bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py --save $(VENV)/bench-last.txt $(BENCH)

# The one-folder app (dist/jpoa-desktop/) and its archive, built from packaging/jpoa.spec; the
# bundle then checks itself headless (`--self-test`) before anything is called built.
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/jpoa.spec
	QT_QPA_PLATFORM=offscreen dist/jpoa-desktop/jpoa-desktop --self-test
	$(BIN)/python packaging/linux/make_archive.py dist/jpoa-desktop

# Update the .ts sources from the code, then compile the shipped .qm catalogues.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/jpoa_desktop -name '*.py' | sort) \
		-ts resources/translations/jpoa_en.ts resources/translations/jpoa_ru.ts
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

screenshots: $(STAMP)
	$(BIN)/jpoa-desktop --db $(VENV)/screenshot.sqlite --screenshot docs/library-en.png --lang en
	$(BIN)/jpoa-desktop --db $(VENV)/screenshot.sqlite --screenshot docs/library-ru.png --lang ru
	$(BIN)/jpoa-desktop --db $(VENV)/screenshot.sqlite --screenshot docs/search-ru.png --lang ru \
		--search террор
	test -f $(VENV)/large-demo.sqlite || $(BIN)/jpoa --db $(VENV)/large-demo.sqlite demo --size large
	for lang in en ru; do for screen in workshops agenda participants checkin questions evaluation handouts verify \
		dashboard reports; do \
		$(BIN)/jpoa-desktop --db $(VENV)/large-demo.sqlite --screenshot docs/$$screen-$$lang.png \
			--screen $$screen --lang $$lang; done; done
	test -f $(VENV)/small-demo.sqlite || $(BIN)/jpoa --db $(VENV)/small-demo.sqlite demo
	for lang in en ru; do for screen in strategies coverage versions; do \
		$(BIN)/jpoa-desktop --db $(VENV)/small-demo.sqlite --screenshot docs/$$screen-$$lang.png \
			--screen $$screen --lang $$lang; done; done
	for screen in connect conflict; do \
		$(BIN)/jpoa-desktop --db $(VENV)/small-demo.sqlite --screenshot docs/$$screen-dialog.png \
			--screen $$screen --lang en; \
		$(BIN)/jpoa-desktop --db $(VENV)/small-demo.sqlite --screenshot docs/$$screen-dialog-ru.png \
			--screen $$screen --lang ru; done

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
