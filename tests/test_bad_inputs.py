"""Every case in tests/bad_inputs/cases.toml: a correct result, or exit 1/3 with one line naming
the file and the reason — never a traceback, a hang, a half-written output or a file outside the
output folder — within bounded time and memory."""

from __future__ import annotations

import importlib.util
import json
import resource
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema
import pytest

HERE = Path(__file__).resolve().parent / "bad_inputs"
CASES = tomllib.loads((HERE / "cases.toml").read_text("utf-8"))["case"]
MEMORY = 3 * 1024 ** 3


def _generator():
    spec = importlib.util.spec_from_file_location("bad_inputs_generate", HERE / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _name(case: dict) -> str:
    return case.get("name") or Path(case["file"]).name


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30
    assert len({_name(c) for c in CASES}) == len(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=_name)
def test_bad_input(case: dict, tmp_path: Path, schema: dict) -> None:
    work = tmp_path / "work"
    work.mkdir()
    if "file" in case:
        source = work / _name(case)
        source.write_bytes((HERE / case["file"]).read_bytes())
    else:
        source = work / case["name"]
        getattr(_generator(), case["make"])(source)
    before = sorted(p.name for p in work.iterdir())
    out = tmp_path / ("out" if case.get("mode") == "batch" else "out.json")
    command = ["convert", str(source), "-o", str(out)] if case.get("mode", "convert") == "convert" \
        else ["batch", str(source), "-o", str(out)]
    result = subprocess.run([sys.executable, "-m", "essayconv.cli", *command], capture_output=True, text=True,
                            timeout=case.get("seconds", 60), preexec_fn=_limit)
    assert result.returncode == case["exit"], result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in work.iterdir()) == before  # the input folder is untouched
    if case.get("mode") == "batch":
        records = [json.loads(line) for line in (out / "essayconv-report.jsonl").read_text().splitlines()]
        assert [r["status"] for r in records] == case["statuses"]
        if "message" in case:
            assert any(case["message"] in (r["message"] or "") for r in records)
        outside = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(out) and not p.is_relative_to(work)]
        assert outside == []
        assert not list(out.rglob("*.part"))
        assert len(result.stderr.strip().splitlines()) == 1  # the summary alone
        return
    if case["exit"] == 0:
        document = json.loads(out.read_text("utf-8"))
        jsonschema.validate(document, schema)
        if "text" in case:
            assert case["text"] in " ".join(b.get("text", "") for b in document["blocks"]) + (document["title"] or "")
        if "absent" in case:
            assert case["absent"] not in " ".join(b.get("text", "") for b in document["blocks"])
        assert len(document["title"] or "") <= 302
        # a page the site cut short may say so, in [WARNING] lines; nothing else goes to stderr
        assert all(line.startswith("[WARNING] ") for line in result.stderr.splitlines()), result.stderr
        # a page that converts holds an essay: recovered words in its blocks
        assert document["metadata"]["words"] > 0 and any(b.get("text") or b.get("items") for b in document["blocks"])
    else:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(source) in lines[0] and case["message"] in lines[0], result.stderr
        assert not out.exists() and not list(tmp_path.glob("*.part"))
