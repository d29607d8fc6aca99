"""Run work in a forked child under a wall-clock limit per task and an address-space limit.

Rendering is where a hostile or absurd document costs time and memory. Doing it in a child means a
blown limit cannot take the caller down. A `RenderWorker` keeps one child alive across tasks, so
fonts and layout caches stay warm for the next document; a task that overruns its time kills the
child, which is replaced for the next task. Where fork is unavailable the work runs inline,
without limits.

Tasks name their function as "package.module:function" and the child imports it: the parent never
loads the renderer, and `warm()` lets the child import it while the parent is still reading and
cleaning the page (on a second core).

multiprocessing and pickle are imported when a worker is first used: every command imports this
module (through the package), and a JSON conversion never starts a child.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
from typing import TYPE_CHECKING, Any, Callable

from .errors import EssayconvError, OutputError

if TYPE_CHECKING:
    import multiprocessing.process
    from multiprocessing.connection import Connection


def _limit_memory(memory: int) -> None:
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


CONVERT_MEMORY = 8 * 2**30
"""Address space for a process that reads and cleans pages (a batch worker, a one-shot convert).
Real pages stay far below it (a 53 MB SingleFile capture needs under 1 GiB); a page built to blow
up fails with one line instead of taking the machine's memory. Rendering children have their own,
lower limit."""


def limit_conversion_memory(memory: int = CONVERT_MEMORY) -> None:
    """Bound this process's address space for page conversion (a MemoryError then fails the page
    with one line: see api.load_page)."""
    _limit_memory(memory)


def die_with_parent(parent: int, signum: int = signal.SIGTERM) -> None:
    """Ask Linux to send `signum` to this process when its parent dies (a SIGKILLed batch must
    not leave workers running, writing outputs no report lists). Elsewhere: nothing to do."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signum), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(128 + int(signum))


def resolve(target: str) -> Callable[..., Any]:
    module_name, _, name = target.partition(":")
    return getattr(importlib.import_module(module_name), name)


RESERVED_FRAME_SLOTS = 8192
"""Slots (8 bytes each) of the frame the rendering child's task loop runs under; see below."""


def _under_reserved_frame(function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)` called from a frame with RESERVED_FRAME_SLOTS local variables.

    Why: CPython keeps frames in 16 KB chunks and frees a chunk as soon as the frame that opened
    it returns; a deep recursion whose depth keeps crossing a chunk's edge (WeasyPrint's layout)
    maps and unmaps memory each time: 16,000 mmap/munmap pairs for a one-page essay, 26,000 for
    20 pages, ~0.1 s of system time, or none at all, by the luck of how deep the loop started. A
    frame this large gets a chunk of its own with about 60 KB to spare, which holds the rendering's
    frames for as long as the loop runs. (Compiled in the child: ~10 ms, once per worker.)"""
    names = " = ".join(f"_{n}" for n in range(RESERVED_FRAME_SLOTS))
    namespace: dict[str, Any] = {}
    exec(compile(f"def call(function, *args):\n    {names} = None\n    return function(*args)\n",  # noqa: S102
                 "<reserved frame>", "exec"), namespace)
    return namespace["call"](function, *args)


def _serve(connection: Connection, memory: int, parent: int, scratch: str) -> None:
    die_with_parent(parent, signal.SIGKILL)  # a renderer has nothing to tidy up (its scratch is the parent's)
    _use_scratch(scratch)
    _limit_memory(memory)
    _under_reserved_frame(_serve_tasks, connection, scratch)


def _use_scratch(folder: str) -> None:
    """Send this child's temporary files into `folder`, which the parent removes when the child
    is gone. Why: WeasyPrint writes each document's @font-face fonts (~3 MB) into a folder of its
    own under the system's temporary directory and removes it only when its FontConfiguration
    is collected; a child leaves by os._exit (multiprocessing's way, and a kill on a timeout),
    so no collector runs and every rendered PDF left its folder in /tmp. The child empties the
    folder after each task too (no document's fonts outlive its render: pdf_render makes a
    FontConfiguration per document), so a long batch does not pile fonts up either."""
    import tempfile

    tempfile.tempdir = folder
    os.environ["TMPDIR"] = folder


def _empty(folder: str) -> None:
    import shutil

    with contextlib.suppress(OSError):  # the parent may have removed the folder as it closed
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)


def _serve_tasks(connection: Connection, scratch: str) -> None:
    import pickle

    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        target, args, kwargs = task
        try:
            reply: tuple[str, Any] = ("ok", resolve(target)(*args, **kwargs))
        except MemoryError:
            reply = ("error", OutputError("rendering needed more memory than the limit allows"))
        except EssayconvError as error:
            reply = ("error", error)
        except BaseException as error:  # reported to the parent as one line, never a traceback
            reply = ("error", OutputError(f"rendering failed ({type(error).__name__}: {error})"))
        try:
            connection.send(reply)
        except (OSError, pickle.PicklingError, MemoryError):
            return
        _empty(scratch)  # after the reply: the parent need not wait for it


class RenderWorker:
    """One forked child at a time; use as a context manager or call close()."""

    def __init__(self, *, seconds: float, memory: int) -> None:
        self.seconds = seconds
        self.memory = memory
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._warming = 0  # warm-up tasks sent whose replies are not read yet
        self._scratch: str | None = None  # the child's temporary folder (see _use_scratch)
        import multiprocessing

        try:
            self._context: Any = multiprocessing.get_context("fork")
        except ValueError:
            self._context = None

    def __enter__(self) -> "RenderWorker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> Connection:
        import tempfile

        parent, child = self._context.Pipe(duplex=True)
        self._scratch = tempfile.mkdtemp(prefix="essayconv-render-")
        # Objects the parent already has are frozen out of the collector: the child's GC would
        # otherwise touch every one of them and copy the parent's whole heap page by page.
        gc.freeze()
        try:
            self._process = self._context.Process(target=_serve, args=(child, self.memory, os.getpid(), self._scratch),
                                                 daemon=True)
            self._process.start()
        finally:
            gc.unfreeze()
        child.close()
        self._connection = parent
        return parent

    def _stop(self, *, kill: bool) -> None:
        if self._connection is not None and not kill:
            try:
                self._connection.send(None)
            except OSError:
                pass
        if self._process is not None:
            if kill or self._process.is_alive():
                self._process.join(0.5 if not kill else 0)
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
        if self._connection is not None:
            self._connection.close()
        if self._scratch is not None:
            import shutil

            shutil.rmtree(self._scratch, ignore_errors=True)
        self._process = self._connection = self._scratch = None
        self._warming = 0

    def warm(self, target: str, *args: Any) -> None:
        """Start `target(*args)` in the child now and return at once; its result is discarded."""
        if self._context is None:
            return
        connection = self._connection or self._start()
        connection.send((target, args, {}))
        self._warming += 1

    def _drain_warm_ups(self, connection: Connection) -> None:
        while self._warming:
            if not connection.poll(self.seconds):
                raise OutputError(f"the renderer did not start within {self.seconds:g} s")
            connection.recv()  # a failed warm-up shows again, clearly, in the real task
            self._warming -= 1

    def run(self, target: str, *args: Any, **kwargs: Any) -> bytes:
        """Run "module:function"(*args, **kwargs) in the child and return its result."""
        import pickle

        if self._context is None:
            return resolve(target)(*args, **kwargs)
        connection = self._connection or self._start()
        try:
            self._drain_warm_ups(connection)
            connection.send((target, args, kwargs))
            if not connection.poll(self.seconds):
                self._stop(kill=True)
                raise OutputError(f"rendering took longer than {self.seconds:g} s")
            status, value = connection.recv()
        except (EOFError, OSError, pickle.UnpicklingError):
            self._stop(kill=True)
            raise OutputError("rendering stopped unexpectedly (out of memory?)") from None
        if status == "error":
            raise value
        return value

    def close(self) -> None:
        self._stop(kill=False)


def run_limited(target: str, *args: Any, seconds: float, memory: int, **kwargs: Any) -> bytes:
    """One task in a fresh child."""
    with RenderWorker(seconds=seconds, memory=memory) as worker:
        return worker.run(target, *args, **kwargs)


CONVERT_SECONDS = 120
"""Reading and cleaning one page takes well under a second on real pages (a 53 MB capture 0.4 s);
a page or a user's rule that takes two minutes is pathological (a regex that backtracks without
end, an absurd page), and the input fails with its line instead of stalling a batch."""


class _TimeUp(Exception):
    pass


def _time_up(signum: int, frame: object) -> None:
    raise _TimeUp


class time_limit:
    """Fail the work inside after `seconds` of wall time, in this process: an interval timer whose
    signal raises between bytecodes (the regex engine checks for signals as it backtracks, so a
    runaway pattern is stopped too). Only in the main thread, where signals are delivered; a
    limit of 0 or less turns it off."""

    def __init__(self, seconds: float, source: str) -> None:
        self.seconds, self.source = seconds, source
        self.armed = False

    def __enter__(self) -> "time_limit":
        import threading

        if self.seconds > 0 and threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self.previous = signal.signal(signal.SIGALRM, _time_up)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> bool:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        if kind is _TimeUp:
            from .errors import InputError

            raise InputError(f"reading the page took longer than {self.seconds:g} s (a pathological page or rule); "
                             "given up", self.source) from None
        return False
