# Corridor: the two commands are `make demo` and `make test`; both set up everything they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# the native scanner (Rust, built by maturin through pip): cargo from rustup, where rustup puts it
NATIVE := native/Cargo.toml native/Cargo.lock native/pyproject.toml native/src/lib.rs native/corridor_native.pyi
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: demo test chaos lint typecheck format bench stack-up stack-down stack-status venv clean

$(STAMP): pyproject.toml $(NATIVE)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@command -v cargo >/dev/null || { echo "native/ needs cargo (Rust, from rustup) to build the scanner" >&2; exit 1; }
	$(BIN)/pip install --quiet --disable-pip-version-check ./native
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/corridor demo

# lint first, then unit and integration tests; the test session starts the local stack when it is
# not running and stops what it started. pytest's exit 5 (no tests collected) fails the target.
test: lint
	$(BIN)/pytest tests -m "not chaos"

# the reliability scenarios, the long ones too (marked chaos), three runs in a row, then the table
# of the last run's figures (README "Reliability"); fails on any loss or leak
RELIABILITY := tests/integration/test_reliability.py tests/integration/test_poison.py \
	tests/integration/test_schema_evolution.py tests/integration/test_registry.py \
	tests/integration/test_secure_clusters.py
chaos: $(STAMP)
	for run in 1 2 3; do echo "== run $$run of 3"; $(BIN)/pytest -q $(RELIABILITY) || exit 1; done
	$(BIN)/python -m agents.local.chaos

lint: $(STAMP)
	$(BIN)/ruff check streams agents tests
	$(BIN)/ruff format --check streams agents tests
	$(BIN)/mypy
	cd native && cargo fmt --check && cargo clippy --quiet --release -- -D warnings

format: $(STAMP)
	$(BIN)/ruff format streams agents tests
	$(BIN)/ruff check --fix streams agents tests
	cd native && cargo fmt

# the two CEL libraries the policy engine is measured against are installed for the benchmark only
bench: $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(BIN)/python -m agents.bench
	$(BIN)/python -m agents.bench.e2e
	$(BIN)/python -m agents.bench.quota

stack-up: $(STAMP)
	$(BIN)/corridor stack up

stack-down: $(STAMP)
	$(BIN)/corridor stack down

stack-status: $(STAMP)
	$(BIN)/corridor stack status

clean:
	rm -rf $(VENV) .run .pytest_cache .mypy_cache .ruff_cache .hypothesis native/target
