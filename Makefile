# The verbs a newcomer needs. Every target sets up .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC := openapi.yaml
OUT := generated
PACKAGE := logbook_client
CONFIG := generator.yaml
GEN := $(PY) -m generator
# Prism (npm) for the contract tests, installed under the repo, never globally.
PRISM_VERSION := 5.16.0
PRISM := .tools/prism/node_modules/.bin/prism

.PHONY: setup generate regenerate check-generated lint typecheck test pytest golden demo serve contract prism corpus bench clean paginate-report fuzz conform

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

generate: setup
	$(GEN) generate --spec $(SPEC) --out $(OUT) --package $(PACKAGE) --config $(CONFIG)

# After a spec change: also record what changed in $(OUT)/CHANGELOG.md and bump the package version (semver).
regenerate: setup
	$(GEN) generate --spec $(SPEC) --out $(OUT) --package $(PACKAGE) --config $(CONFIG) --changelog

check-generated: setup
	$(GEN) check --spec $(SPEC) --out $(OUT) --package $(PACKAGE) --config $(CONFIG)

lint: setup
	$(PY) -m ruff check generator server tests examples
	$(PY) -m ruff format --check generator server tests examples
	cd $(OUT) && ../$(PY) -m ruff check . && ../$(PY) -m ruff format --check .

typecheck: setup
	$(PY) -m mypy --strict $(OUT)/$(PACKAGE)
	$(PY) -m mypy --strict generator server
	MYPYPATH=$(OUT) $(PY) -m mypy --strict examples

pytest: setup prism
	$(PY) -m pytest -q

prism: $(PRISM)

$(PRISM):
	npm install --prefix .tools/prism --no-audit --no-fund --save-exact @stoplight/prism-cli@$(PRISM_VERSION)

# The contract tests alone (they also run in `make test`): schemathesis vs the server, the client vs Prism.
contract: setup prism
	$(PY) -m pytest -q tests/contract

test: check-generated lint typecheck pytest

# Every spec in ../shared/specs (the large ones too), side by side with plain openapi-python-client: a table of
# generated / time / memory / typed and warning-free operations / import failures / mypy errors. Several minutes.
CORPUS ?= ../shared/specs
corpus: setup
	$(GEN) corpus $(CORPUS) --vanilla

# Every operation of the flagship and of every spec in ../shared/specs, called through both twins against Prism
# (dynamic mode, request validation): a table of decoded calls and failures by kind. The large specs take long.
CONFORM_SPECS ?= $(SPEC) $(sort $(wildcard $(CORPUS)/*.yaml $(CORPUS)/*.json))
conform: setup prism
	$(GEN) conform $(CONFORM_SPECS)

golden: setup
	$(PY) -m tests.golden.regen

# Which list operations of the shared real-world specs get a paginator, and in which style (no generation).
SPECS_DIR ?= ../shared/specs
paginate-report: setup
	$(GEN) paginate-report $(SPECS_DIR)

# The fuzzers at full size (CI runs a bounded, seeded slice in `make pytest`): hostile specs with a fresh seed, then
# lying responses with random examples, then random valid documents whose every model must decode its valid
# instances (tests/property). FUZZ_CASES=20000 PROPERTY_DOCUMENTS=2000 make fuzz for a long run.
FUZZ_CASES ?= 2000
PROPERTY_DOCUMENTS ?= 300
fuzz: setup
	$(PY) -m tests.fuzz --cases $(FUZZ_CASES)
	$(PY) -m tests.property --documents $(PROPERTY_DOCUMENTS) --instances 40
	FUZZ_EXAMPLES=1000 FUZZ_RANDOM=1 $(PY) -m pytest -q -p no:cacheprovider tests/fuzz/test_responses.py

demo: setup generate
	$(PY) examples/demo.py

# The reference server on http://127.0.0.1:8080 (admin token lbk_dev_admin_token); see server/README.md.
serve: setup
	$(PY) -m server $(SERVE_ARGS)

# Benchmarks: installs bench/requirements.txt (and the openai SDK if it installs) into .venv, then prints one
# Markdown table per part and writes bench/results/*.json. BENCH_ARGS="--quick" or "--parts 1,2" to narrow it.
bench: setup
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) -m pip install --quiet openai==3.54.0 || echo "openai SDK not installed: its rows are skipped"
	$(PY) bench/run.py $(BENCH_ARGS)
	$(PY) bench/sse.py

clean:
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache .ruff_cache
