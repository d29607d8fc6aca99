from __future__ import annotations

import os
import time

import pytest

from essayconv.errors import OutputError
from essayconv.limits import RenderWorker, run_limited

pytestmark = pytest.mark.slow  # forks rendering and conversion children under limits: `pytest -m 'not slow'` leaves it out


def pid() -> bytes:
    return str(os.getpid()).encode()


def sleepy(seconds: float) -> bytes:
    time.sleep(seconds)
    return b"woke"


def hungry() -> bytes:
    block = bytearray(3 * 1024 ** 3)  # over the 1 GiB limit below
    return bytes(block[:1])


def broken() -> bytes:
    raise KeyError("something inside the renderer")


def test_worker_is_reused_and_isolated() -> None:
    with RenderWorker(seconds=10, memory=1024 ** 3) as worker:
        first, second = worker.run(f"{__name__}:pid"), worker.run(f"{__name__}:pid")
    assert first == second != pid()


def test_time_limit_kills_the_task_and_the_next_one_runs() -> None:
    with RenderWorker(seconds=3, memory=1024 ** 3) as worker:
        before = worker.run(f"{__name__}:pid")
        with pytest.raises(OutputError, match="longer than 3 s"):
            worker.run(f"{__name__}:sleepy", 30)
        assert worker.run(f"{__name__}:sleepy", 0) == b"woke"
        assert worker.run(f"{__name__}:pid") != before  # a fresh child replaced the killed one


def test_memory_limit() -> None:
    with pytest.raises(OutputError, match="memory"):
        run_limited(f"{__name__}:hungry", seconds=20, memory=1024 ** 3)


def test_errors_inside_become_one_line_output_errors() -> None:
    with pytest.raises(OutputError, match=r"rendering failed \(KeyError"):
        run_limited(f"{__name__}:broken", seconds=10, memory=1024 ** 3)


def test_warm_up_runs_ahead_and_is_drained() -> None:
    with RenderWorker(seconds=10, memory=1024 ** 3) as worker:
        worker.warm(f"{__name__}:sleepy", 0.2)
        assert worker.run(f"{__name__}:sleepy", 0) == b"woke"


def test_parent_never_imports_weasyprint() -> None:
    import subprocess
    import sys

    from .conftest import SAMPLES

    code = ("import sys, essayconv; d = essayconv.load(sys.argv[1]); pdf = essayconv.render(d, 'pdf'); "
            "print(pdf[:5].decode(), 'weasyprint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "ipl-urban-gardens.txt")], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.split() == ["%PDF-", "False"]


def test_a_runaway_rule_fails_its_page_with_one_line(tmp_path) -> None:
    """A user's pattern that backtracks without end (issue 18, point 8) is stopped by the per-page
    time limit: the page fails with its own error; nothing hangs. Checked by outcome, not by time."""
    import essayconv

    rules = tmp_path / "redos.toml"
    rules.write_text("[[block]]\nkind = \"ad\"\naction = \"drop\"\npatterns = ['^(a+)+$']\n", "utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>T</h1><p>" + "a" * 60 + "b</p>" +
                    "<p>An essay paragraph long enough to count as prose, with commas, and words.</p>" * 5 +
                    "</body></html>", "utf-8")
    options = essayconv.Options(rules_files=(str(rules),), convert_seconds=2)
    with pytest.raises(essayconv.InputError, match="took longer than 2 s"):
        essayconv.load(page, options=options)
    # the limit is lifted afterwards: the next page converts normally
    essayconv.load(b"<html><body><h1>T</h1>" + b"<p>An essay paragraph long enough, with commas, and words.</p>" * 5
                   + b"</body></html>", name="ok.html")


def test_running_out_of_memory_fails_the_page_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page built to blow up meets the conversion memory limit as a MemoryError: the page fails
    with its own error (issue 18, point 8), never a traceback."""
    import essayconv
    import essayconv.extract as extract_module

    def blow_up(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(extract_module, "extract", blow_up)
    with pytest.raises(essayconv.InputError, match="more memory than the limit"):
        essayconv.load(b"<html><body><p>x</p></body></html>", name="big.html")


def test_batch_workers_and_convert_run_under_the_memory_limit() -> None:
    """The limit a batch worker and a one-shot convert set on themselves (read back in a child)."""
    import subprocess
    import sys

    code = ("import resource; from essayconv.limits import limit_conversion_memory, CONVERT_MEMORY; "
            "limit_conversion_memory(); print(resource.getrlimit(resource.RLIMIT_AS)[0] == CONVERT_MEMORY)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True"


def leave_a_temporary_folder() -> bytes:
    import tempfile

    return tempfile.mkdtemp(prefix="left-by-a-task-").encode()


def still_there(path: bytes) -> bytes:
    return b"there" if os.path.exists(path.decode()) else b"gone"


def leave_a_temporary_folder_and_hang() -> bytes:
    leave_a_temporary_folder()
    time.sleep(30)
    return b"woke"


@pytest.fixture
def system_temporary(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The temporary folder every process forked from here would use, watched by the test."""
    import tempfile

    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_rendered_pdfs_leave_nothing_in_the_temporary_folder(system_temporary) -> None:
    # WeasyPrint writes each document's fonts into a folder of its own and relies on a collector
    # the rendering child never runs: every PDF used to leave ~3 MB behind in /tmp.
    import essayconv

    from .conftest import SAMPLES

    document = essayconv.load(SAMPLES / "ipl-urban-gardens.txt")
    with RenderWorker(seconds=60, memory=4 * 1024 ** 3) as worker:
        for _ in range(3):
            assert essayconv.render(document, "pdf", worker=worker)[:5] == b"%PDF-"
    assert essayconv.render(document, "pdf")[:5] == b"%PDF-"  # a one-shot child of its own
    assert list(system_temporary.iterdir()) == []


def test_a_task_s_temporary_files_are_gone_before_the_next_task(system_temporary) -> None:
    with RenderWorker(seconds=10, memory=1024 ** 3) as worker:
        left = worker.run(f"{__name__}:leave_a_temporary_folder")
        assert worker.run(f"{__name__}:still_there", left) == b"gone"
    assert list(system_temporary.iterdir()) == []


def test_a_killed_task_leaves_no_temporary_files(system_temporary) -> None:
    with RenderWorker(seconds=2, memory=1024 ** 3) as worker, pytest.raises(OutputError, match="longer than 2 s"):
        worker.run(f"{__name__}:leave_a_temporary_folder_and_hang")
    assert list(system_temporary.iterdir()) == []
