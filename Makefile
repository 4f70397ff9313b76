# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
DB ?= communique.duckdb

.PHONY: install demo test bench fuzz clean lock

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml requirements.lock
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c requirements.lock -e '.[test,dask]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DB)
	$(VENV)/bin/communique ingest --db $(DB) communique/samples/
	$(VENV)/bin/communique summary --db $(DB)
	@echo "Open the dashboard on this store: $(VENV)/bin/communique serve --db $(DB)  (then browse http://127.0.0.1:8000/)"

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/communique bench ../shared/data/guardian_sample/guardian_2019.jsonl

# the long fuzz run of issue 15 (10,000 generated documents and 10,000 JSON Lines records; see scripts/fuzz.py)
FUZZ_ARGS ?= --examples 10000 --lines 10000
fuzz: $(STAMP)
	$(PY) scripts/fuzz.py $(FUZZ_ARGS)

# regenerate the pinned versions from the current environment
lock:
	$(PIP) freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) *.egg-info $(DB)
