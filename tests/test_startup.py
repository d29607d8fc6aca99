"""One-shot start-up (issue 17): what a single conversion imports and starts, checked by what is
loaded and what comes out, never by time."""

from __future__ import annotations

import json
import os
import re
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


def _run_with_cache(cache: Path, code: str, *args: str) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("ESSAYCONV_NO_CACHE", None)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          timeout=120, cwd=ROOT, env=env).stdout


def test_stored_regex_programs_build_the_patterns_re_compiles(tmp_path: Path) -> None:
    """Every program a conversion stores (regexes.py) builds a pattern equal to `re.compile`'s (a
    Pattern compares its text, flags and opcodes) and matching the same, so a later run that skips
    re's compiler gets the same matchers; and the later run does read them instead of compiling."""
    convert = "import sys, essayconv; essayconv.convert(sys.argv[1], 'json')"
    _run_with_cache(tmp_path, convert, str(SAMPLES / "bartleby-printing-press.html"))
    stored = json.loads((tmp_path / "essayconv" / "regexes.json").read_text("utf-8"))["value"]
    assert len(stored) > 200  # the rules' and the code's patterns
    check = """
import json, re, sys
from essayconv import regexes
stored = json.loads(open(sys.argv[1], encoding='utf-8').read())['value']
bad = []
for name, program in stored.items():
    flags, _, pattern = name.partition(':')
    built = regexes._built(pattern, program)
    again = re.compile(pattern, int(flags))
    probes = ('A sample of 591 Words, 3 Pages.', 'Get the full essay', 'Cite this page', 'More about Rome')
    if built != again or built.groupindex != again.groupindex \
            or any(str(built.search(p)) != str(again.search(p)) for p in probes):
        bad.append(pattern)
print(len(bad))
"""
    assert _run_with_cache(tmp_path, check, str(tmp_path / "essayconv" / "regexes.json")).strip() == "0"
    # a later run builds from the stored program: one planted under a pattern's name is what it gets
    name = next(n for n in stored if n.startswith("0:") and "(" not in n and len(n) > 8)
    planted = dict(stored)
    other = re.escape("planted-by-the-test")
    planted[name] = _program_of(tmp_path, other, int(name.partition(":")[0]))
    (tmp_path / "essayconv" / "regexes.json").write_text(json.dumps({
        "key": json.loads((tmp_path / "essayconv" / "regexes.json").read_text("utf-8"))["key"], "value": planted}), "utf-8")
    probe = ("import sys; from essayconv.regexes import compile_regex; "
             "print(compile_regex(sys.argv[1], 0).search('planted-by-the-test') is not None)")
    assert _run_with_cache(tmp_path, probe, name.partition(":")[2]).strip() == "True"


def _program_of(cache: Path, pattern: str, flags: int) -> list:
    code = "import json, sys; from essayconv import regexes; print(json.dumps(regexes._program(sys.argv[1], int(sys.argv[2]))))"
    return json.loads(_run_with_cache(cache, code, pattern, str(flags)))


def test_a_bad_regex_cache_falls_back_and_odd_patterns_leave_no_traceback(tmp_path: Path) -> None:
    """A malformed stored program is compiled afresh; a pattern holding a lone surrogate (which UTF-8
    JSON cannot hold) is compiled each run and leaves no traceback at exit; with ESSAYCONV_NO_CACHE
    no file is written."""
    code = ("from essayconv.regexes import compile_regex; import re; "
            "print(compile_regex('a\\ud800b').pattern == 'a\\ud800b', compile_regex('x+y', re.I).flags & re.I != 0)")
    env_out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                             env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert env_out.returncode == 0 and env_out.stdout.split() == ["True", "True"] and env_out.stderr == ""
    path = tmp_path / "essayconv" / "regexes.json"
    stored = json.loads(path.read_text("utf-8"))
    assert f"{int(re.I)}:x+y" in stored["value"] and not any("\ud800" in n for n in stored["value"])
    stored["value"][f"{int(re.I)}:x+y"] = [2, "not base64!", 0, {}, []]
    path.write_text(json.dumps(stored), "utf-8")
    probe = "from essayconv.regexes import compile_regex; import re; print(bool(compile_regex('x+y', re.I).fullmatch('XXY')))"
    assert _run_with_cache(tmp_path, probe).strip() == "True"
    bare = tmp_path / "none"
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=120, cwd=ROOT,
                   env={**os.environ, "XDG_CACHE_HOME": str(bare), "ESSAYCONV_NO_CACHE": "1"})
    assert not bare.exists()


def test_a_full_regex_cache_makes_room_for_the_patterns_a_run_uses(tmp_path: Path) -> None:
    """A cache filled with patterns no run uses any more (an older release's, a rule file edited since)
    still takes a new run's patterns: the programs the run used are stored first, the stale fill the rest."""
    code = ("import re, sys; from essayconv.regexes import compile_regex; "
            "[compile_regex(p, 0) for p in sys.argv[1:]]")
    _run_with_cache(tmp_path, code, "seed-pattern")
    path = tmp_path / "essayconv" / "regexes.json"
    stored = json.loads(path.read_text("utf-8"))
    seed = stored["value"]["0:seed-pattern"]
    from essayconv.regexes import MAX_PROGRAMS
    stored["value"] = {f"0:stale-{n}": seed for n in range(MAX_PROGRAMS)}  # (any program: never built)
    path.write_text(json.dumps(stored), "utf-8")
    _run_with_cache(tmp_path, code, "fresh-one", "fresh-two")
    after = json.loads(path.read_text("utf-8"))["value"]
    assert "0:fresh-one" in after and "0:fresh-two" in after and len(after) == MAX_PROGRAMS


def test_a_second_run_under_another_hash_seed_compiles_no_new_pattern(tmp_path: Path) -> None:
    """Every pattern the code builds is the same text at every start: one assembled from a set in the set's
    order (which string hashing changes from run to run) was a new pattern each time, compiled and written to
    the start-up cache at every start, which filled with its permutations (1.4 MB read at each start)."""
    code = ("import sys, essayconv; from essayconv.regexes import _STATE; "
            "essayconv.load(sys.argv[1], options=essayconv.Options(site_profiles=True)); print(_STATE['new'])")
    page = str(SAMPLES / "bartleby-printing-press.html")
    first = _run_with_cache(tmp_path, code, page)
    for seed in ("1", "2", "3"):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": seed}
        env.pop("ESSAYCONV_NO_CACHE", None)
        again = subprocess.run([sys.executable, "-c", code, page], capture_output=True, text=True, check=True,
                               timeout=120, cwd=ROOT, env=env).stdout
        assert int(first) > 0 and int(again) == 0, (seed, first, again)
