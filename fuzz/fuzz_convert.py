"""Coverage-guided fuzzing of the whole conversion with atheris, run by hand.

Any exception other than essayconv's own errors is a finding (atheris stops and saves the input).

    .venv/bin/pip install atheris
    bash fuzz/run.sh 300          # seconds; seeds the corpus from samples/ and tests/bad_inputs/
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["essayconv"]):
    import essayconv
    from essayconv.errors import EssayconvError


def test_one_input(data: bytes) -> None:
    try:
        document = essayconv.load(data, name="fuzz-input")
    except EssayconvError:
        return
    for fmt in ("json", "md", "txt", "html"):
        essayconv.render(document, fmt)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
