# Two entry points do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := samples/bartleby-printing-press.html

.PHONY: demo test golden bench clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	# The stock pip 23.2 fails resolving lxml's extras: upgrade first.
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	bash scripts/system-deps.sh $(BIN)/python
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	for fmt in json html md txt pdf; do \
	  $(BIN)/essayconv convert $(DEMO) -o out/demo.$$fmt || exit $$?; \
	done
	$(BIN)/essayconv inspect $(DEMO) | head -40
	$(BIN)/essayconv convert $(DEMO) -o out/demo-mla.pdf --style mla --author "Ada Student"
	@echo "demo: wrote out/demo.{json,html,md,txt,pdf} and out/demo-mla.pdf"

test: $(STAMP)
	$(BIN)/python -m pytest

golden: $(STAMP)
	$(BIN)/python -m pytest tests/test_golden.py tests/test_docx.py --update-golden

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/convert.py
	$(BIN)/python bench/pdf_speed.py
	$(BIN)/python bench/docx_speed.py
	$(BIN)/python bench/batch_speed.py
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) out .pytest_cache
