"""One-shot start-up (issue 17): what a single conversion imports and starts, checked by what is
loaded and what comes out, never by time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES


def _python(code: str, *args: str) -> str:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          timeout=120, cwd=ROOT).stdout


def test_a_conversion_never_loads_beautifulsoup() -> None:
    """The finder reads lxml's tree (issue 17): a conversion imports neither BeautifulSoup nor what
    it loads eagerly (soupsieve, chardet)."""
    code = ("import sys, essayconv; essayconv.convert(sys.argv[1], 'json'); "
            "print(*(m in sys.modules for m in ('bs4', 'soupsieve', 'chardet')))")
    assert _python(code, str(SAMPLES / "ivypanda-remote-work.html")).split() == ["False", "False", "False"]


def test_json_conversion_starts_no_worker_machinery() -> None:
    """A JSON conversion renders nothing: multiprocessing is imported only when a render worker is."""
    code = ("import sys, essayconv; essayconv.convert(sys.argv[1], 'json'); "
            "print('multiprocessing' in sys.modules, 'weasyprint' in sys.modules)")
    assert _python(code, str(SAMPLES / "bartleby-printing-press.html")).split() == ["False", "False"]


@pytest.mark.parametrize("sample", ["bartleby-printing-press.html", "ivypanda-remote-work.html"])
def test_the_convert_command_defers_selectors_and_still_runs_them(sample: str, tmp_path: Path) -> None:
    """`convert` loads the CSS selector engine (cssselect) only when a selector runs: a generic
    page never loads it; a page whose profile has CSS selectors (ivypanda's body and clutter)
    loads it when they run. Both outputs are the goldens."""
    out = tmp_path / "out.json"
    code = ("import sys\nfrom essayconv.cli import main\ntry:\n    main(['convert', sys.argv[1], '-q', '-o', sys.argv[2]])\n"
            "except SystemExit as stop:\n    assert not stop.code, stop.code\nprint('cssselect' in sys.modules)")
    loaded = _python(code, f"samples/{sample}", str(out)).strip()  # named as the goldens name it
    assert out.read_text("utf-8") == (SAMPLES / sample.replace(".html", ".expected.json")).read_text("utf-8")
    assert loaded == ("True" if sample.startswith("ivypanda") else "False")


def imported(name: str) -> bool:
    """Run in a render worker: whether the child has imported `name`."""
    return name in sys.modules


@pytest.mark.slow
def test_the_render_worker_imports_weasyprint_ahead_and_renders_nothing() -> None:
    from essayconv.options import Options
    from essayconv.write import pdf_render
    from essayconv.write.pdf_writer import start_worker

    assert pdf_render.ready() is None  # the task asked ahead is an import, not a throw-away render
    with start_worker(Options()) as worker:
        assert worker.run(f"{__name__}:imported", "weasyprint") is True


def test_a_batch_parent_is_warm_before_its_workers_fork() -> None:
    """The process pool forks from a parent that has converted a page: workers inherit the
    conversion modules and the compiled rules and profiles instead of each building them again."""
    code = ("import sys\nfrom essayconv.batch.engine import warm_parent\nfrom essayconv.batch.work import Settings\n"
            "from essayconv.rules import load_rules\nfrom essayconv.profiles import load_profiles\n"
            "before = 'essayconv.extract.html.ladder' in sys.modules, load_rules.cache_info().currsize\n"
            "warm_parent(Settings(outdir='unused', fmt='json'))\n"
            "print(*before, 'essayconv.extract.html.ladder' in sys.modules, load_rules.cache_info().currsize,"
            " load_profiles.cache_info().currsize)")
    assert _python(code).split() == ["False", "0", "True", "1", "1"]


@pytest.mark.slow
def test_weasyprint_loads_without_searching_for_libraries() -> None:
    """WeasyPrint's library names that dlopen cannot open as given are not searched for (ldconfig,
    gcc and ld once each per name on Linux): loading the renderer starts no process."""
    code = ("import ctypes.util, resource\nsearch = ctypes.util.find_library\n"
            "import essayconv.write.pdf_render\nused = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(used.ru_utime + used.ru_stime, ctypes.util.find_library is search)")
    assert _python(code).split() == ["0.0", "True"]


@pytest.mark.slow
def test_weasyprint_is_loaded_with_the_search_where_it_needs_it() -> None:
    """A system whose libraries load only through the search: the first import fails, the
    half-imported package is forgotten, and the second import (with the search) is the one used."""
    code = """
import ctypes.util, sys, importlib.abc
search = ctypes.util.find_library
class NeedsTheSearch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "weasyprint.text.ffi" and ctypes.util.find_library is not search:
            raise OSError("cannot load library 'pango-1.0'")
        return None
sys.meta_path.insert(0, NeedsTheSearch())
import essayconv.write.pdf_render as render
print(render.HTML is sys.modules["weasyprint"].HTML, "weasyprint.text.ffi" in sys.modules, ctypes.util.find_library is search)
"""
    assert _python(code).split() == ["True", "True", "True"]


def test_render_tasks_run_under_a_frame_that_reserves_stack_room() -> None:
    """The rendering child's loop runs from a frame with RESERVED_FRAME_SLOTS locals (so the
    frames of a deep layout share one chunk instead of mapping and unmapping memory)."""
    from essayconv.limits import RESERVED_FRAME_SLOTS, _under_reserved_frame

    def caller_locals(extra: int) -> int:
        return sys._getframe(1).f_code.co_nlocals + extra

    assert _under_reserved_frame(caller_locals, 0) >= RESERVED_FRAME_SLOTS
    assert _under_reserved_frame(sum, [1, 2]) == 3


def _rules_afresh(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN202 - Rules
    """The shipped rules loaded as a new process would: no rules, no pattern facts in memory."""
    from essayconv import literals
    from essayconv.rules import load_rules

    load_rules.cache_clear()
    literals._parse.cache_clear()
    monkeypatch.setattr(literals, "_KNOWN", {})
    return load_rules()


def test_the_start_up_cache_gives_the_same_rules_and_survives_a_bad_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped rules' parsed data and pattern facts kept on disk (startup_cache) make equal
    rules without parsing a pattern; a file of another key or a broken one is replaced; a cache
    folder that cannot be made leaves the rules as they are."""
    from essayconv import literals
    from essayconv.rules import load_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    stored = tmp_path / "essayconv" / "rules.json"
    try:
        fresh = _rules_afresh(monkeypatch)
        assert stored.is_file()
        assert _rules_afresh(monkeypatch) == fresh
        assert literals._parse.cache_info().misses == 0  # every fact was read, none derived
        good = stored.read_bytes()
        for bad in (good.replace(b'"key": "', b'"key": "0'), good[:len(good) // 2], b'{"key": 1}'):
            stored.write_bytes(bad)
            assert _rules_afresh(monkeypatch) == fresh
            assert stored.read_bytes() == good
        monkeypatch.setenv("XDG_CACHE_HOME", str(stored))  # a file where the folder would go
        assert _rules_afresh(monkeypatch) == fresh
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "elsewhere"))
        monkeypatch.setenv("ESSAYCONV_NO_CACHE", "1")  # the user's opt-out: nothing written, same rules
        assert _rules_afresh(monkeypatch) == fresh
        assert not (tmp_path / "elsewhere").exists()
    finally:
        load_rules.cache_clear()
