"""Where tasks run: a local process pool (default; nothing to start) or a Dask cluster. Both
yield (task index, records) in task order, so outputs and reports do not depend on the engine."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterator

from ..errors import OptionError
from ..limits import die_with_parent, limit_conversion_memory
from .plan import Task
from .report import Record
from .work import Settings, run_task

Results = Iterator[tuple[int, list[Record]]]
TaskFunction = Callable[..., tuple[int, list]]
"""What a worker runs on one task: run_task (convert), or a site-learning pass (batch/learning.py)."""


class StopRequest:
    """A stop asked for by a signal to the parent (Ctrl-C, SIGTERM, SIGHUP). Workers see it
    between inputs and hand back what they finished, so every output written is reported; a
    second signal stops at once."""

    def __init__(self) -> None:
        # A lock-free byte in shared memory, inherited by forked workers. Not an Event: its set()
        # takes a lock, and a signal handler that runs while the main thread holds that lock (in
        # is_set) would wait for itself forever.
        self.flag = multiprocessing.get_context("fork").RawValue("b", 0)
        self.signum = 0
        self.hard_stop_allowed = True
        """False once the run is writing its final files: they are finished whatever comes."""

    def request(self, signum: int, frame: object = None) -> None:
        if self.flag.value:
            if self.hard_stop_allowed:
                raise KeyboardInterrupt  # asked twice: stop now
            return
        self.signum = signum
        self.flag.value = 1

    def is_set(self) -> bool:
        return bool(self.flag.value)


# Per worker process, set by _quiet_worker: the parent's stop request.
_WORKER_STOP: list[StopRequest | None] = [None]


def _quiet_worker(parent: int, stop: StopRequest) -> None:
    # Signals are the parent's to handle: it asks workers to stop through `stop`.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # The parent's hard stop is SIGTERM: unwinding (not dying on the spot) lets a half-written
    # output's temporary file be removed on the way out. A parent killed outright sends the
    # same through the parent-death signal, so no worker outlives it.
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    _WORKER_STOP[0] = stop
    die_with_parent(parent)
    limit_conversion_memory()  # a page built to blow up fails its own row, not the machine


class _Stopped(BaseException):
    """Raised in a worker by the parent's SIGTERM, to unwind the task in hand."""


# Per worker process, set only by _run_in_worker: whether a task is on the stack to unwind.
_IN_TASK = [False]


def _exit_on_terminate(signum: int, frame: object) -> None:
    if _IN_TASK[0]:
        raise _Stopped
    os._exit(128 + signum)


def _run_in_worker(task: Task, settings: Settings, function: TaskFunction = run_task) -> tuple[int, list[Record]]:
    _IN_TASK[0] = True
    try:
        return function(task, settings, _WORKER_STOP[0])
    except _Stopped:
        os._exit(128 + signal.SIGTERM)  # the task's temporary files are gone; nothing else to do
    finally:
        _IN_TASK[0] = False


_STOP_GRACE_SECONDS = 5.0


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Stop now: workers unwind on SIGTERM (removing any temporary output); one that does not
    within the grace period is killed."""
    processes = list(getattr(executor, "_processes", {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(_STOP_GRACE_SECONDS)
        if process.is_alive():
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)


WARM_UP_PAGE = (b"<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1><p>"
                + b"A sentence of plain prose, with a comma in it, that ends here. " * 8 + b"</p></article></body></html>")
"""A page that takes the HTML path from parsing to cleaning, converted once in the parent."""


def warm_parent(settings: Settings) -> None:
    """Convert a tiny page in the parent before the workers fork: they inherit the conversion
    modules, the compiled rules and the profiles (copy-on-write) instead of each importing and
    compiling them again (~0.25 s of CPU per worker). A conversion, not a list of modules, so it
    warms whatever the conversion path imports."""
    from ..api import load
    from ..errors import EssayconvError

    try:
        load(WARM_UP_PAGE, name="warm-up.html", options=settings.options)
    except EssayconvError:
        pass  # a user's rules may find no essay in it: the modules are loaded all the same


def run_local(tasks: list[Task], settings: Settings, parallel: int, stop: StopRequest,
              function: TaskFunction = run_task) -> Results:
    if parallel <= 1 or len(tasks) <= 1:
        for task in tasks:
            if stop.is_set():
                return
            yield function(task, settings, stop)
        return
    warm_parent(settings)
    # ProcessPoolExecutor's workers are not daemonic, so a PDF batch can start its render child.
    executor = ProcessPoolExecutor(parallel, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_quiet_worker, initargs=(os.getpid(), stop))
    try:
        # a bounded window of tasks in flight: results come back in task order
        pending: deque[Future[tuple[int, list[Record]]]] = deque()
        queue = iter(tasks)
        for task in queue:
            pending.append(executor.submit(_run_in_worker, task, settings, function))
            if len(pending) >= parallel * 4:
                break
        while pending:
            if stop.is_set():
                for future in pending:
                    future.cancel()  # not started: dropped; started: returns after its input in hand
            future = pending.popleft()
            if future.cancelled():
                continue
            yield future.result()
            task = None if stop.is_set() else next(queue, None)
            if task is not None:
                pending.append(executor.submit(_run_in_worker, task, settings, function))
    except BaseException:
        _terminate(executor)  # a second Ctrl-C, or the parent failing: the report is flushed per task
        raise
    executor.shutdown(wait=True)


def run_dask(tasks: list[Task], settings: Settings, address: str, stop: StopRequest,
             function: TaskFunction = run_task) -> Results:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise OptionError("--scheduler needs Dask: pip install 'essayconv[dask]'") from None
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise OptionError(f"--scheduler: cannot reach the Dask scheduler at {address} ({error})") from None
    with client:
        shared = client.scatter(settings, broadcast=True)
        futures = client.map(function, tasks, settings=shared, pure=False)
        waiting: dict[int, list[Record]] = {}
        next_index = 0
        try:
            for future in as_completed(futures):
                if stop.is_set():
                    client.cancel(futures)  # what finished in order is reported; the rest is not
                    return
                index, records = future.result()
                waiting[index] = records
                while next_index in waiting:
                    yield next_index, waiting.pop(next_index)
                    next_index += 1
        except BaseException:
            client.cancel(futures)
            raise
