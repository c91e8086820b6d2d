# dlp-proxy: the two commands of the README.
#   make run    set up (first time) and run the proxy with the bundled policy
#   make test   set up (first time) and run the whole test suite
#   make audit-deps  installed dependencies against the pinned advisory snapshot (security/advisories/)
#   make bench  the detection benchmark on the tuning and the held-out corpus (bench/README.md);
#               ARGS="--quick" for a smoke run, ARGS="--corpus heldout" for one corpus
#   make bench-load  the load benchmark: dlp-proxy next to bare mitmdump under 1-64 clients
#   make bench-soak  opt-in: dlp-proxy under steady load for 10 minutes, memory sampled (flat = no leak)
#               (bench/README.md); ARGS="--quick" for a smoke run, ARGS="--replicas 2" behind HAProxy
# Extra arguments: make run ARGS="--listen-port 9090"; make test ARGS="-k openai".

VENV   := .venv
BIN    := $(VENV)/bin
# The first Python >= 3.12 on PATH (mitmproxy 12 needs it); pyenv shims count.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 python; do \
            command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
            && { echo $$p; break; }; done)

.PHONY: run test catalogue audit-deps bench bench-load bench-soak bench-restore clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "dlp-proxy needs Python >= 3.12 (see .python-version)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.bench: pyproject.toml $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	@touch $@

$(VENV)/.test: pyproject.toml $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

run: $(VENV)/.runtime
	$(BIN)/dlp-proxy run $(ARGS)

test: $(VENV)/.test
	$(BIN)/python -m pytest $(ARGS)

# The compiled form of the bundled AI service catalogue (dlp_proxy/catalogue/README.md): run after
# every edit of ai-services.yaml; the proxy starts from it when it matches the YAML's bytes.
catalogue: $(VENV)/.runtime
	$(BIN)/python -c "from dlp_proxy.policy.bundled import compile_catalogue; print(compile_catalogue())"

# Known vulnerabilities in what the test environment installs, offline: the pinned snapshot in
# security/advisories/ (SNAPSHOT.md says how to refresh it), exceptions in security/accepted.yaml.
audit-deps: $(VENV)/.test
	$(BIN)/python tools/audit_deps.py --env $(VENV) $(ARGS)

# Detection benchmark (bench/README.md): this engine and Presidio side by side, one run, both
# corpora (tuning and held-out); the held-out figures are the ones to quote.
bench: $(VENV)/.bench
	$(BIN)/python bench/detection.py $(ARGS)

# Load benchmark (bench/README.md): dlp-proxy and bare mitmdump under concurrent keep-alive clients.
bench-load: $(VENV)/.bench
	$(BIN)/python bench/load.py $(ARGS)

bench-soak: $(VENV)/.bench
	$(BIN)/python bench/load_soak.py $(ARGS)

# Restore benchmark (bench/README.md): what restoring placeholders adds to a streamed answer,
# next to plain passthrough; then the third-party harness's restore duty.
bench-restore: $(VENV)/.bench
	$(BIN)/python bench/stream_restore.py $(ARGS)
	$(BIN)/python bench/pii_leak.py --duty restore

clean:
	rm -rf $(VENV) .pytest_cache
