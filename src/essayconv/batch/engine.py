"""Where tasks run: a local process pool (default; nothing to start) or a Dask cluster. Both
yield (task index, records) in task order, so outputs and reports do not depend on the engine."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterator

from ..errors import OptionError
from .plan import Task
from .report import Record
from .work import Settings, run_task

Results = Iterator[tuple[int, list[Record]]]


def _quiet_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops handing out work and flushes the report.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent's stop is SIGTERM: unwinding (not dying on the spot) lets a half-written
    # output's temporary file be removed on the way out.
    signal.signal(signal.SIGTERM, _exit_on_terminate)


class _Stopped(BaseException):
    """Raised in a worker by the parent's SIGTERM, to unwind the task in hand."""


# Per worker process, set only by _run_in_worker: whether a task is on the stack to unwind.
_IN_TASK = [False]


def _exit_on_terminate(signum: int, frame: object) -> None:
    if _IN_TASK[0]:
        raise _Stopped
    os._exit(128 + signum)


def _run_in_worker(task: Task, settings: Settings) -> tuple[int, list[Record]]:
    _IN_TASK[0] = True
    try:
        return run_task(task, settings)
    except _Stopped:
        os._exit(128 + signal.SIGTERM)  # the task's temporary files are gone; nothing else to do
    finally:
        _IN_TASK[0] = False


_STOP_GRACE_SECONDS = 5.0


def run_local(tasks: list[Task], settings: Settings, parallel: int) -> Results:
    if parallel <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield run_task(task, settings)
        return
    # ProcessPoolExecutor's workers are not daemonic, so a PDF batch can start its render child.
    executor = ProcessPoolExecutor(parallel, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_quiet_worker)
    try:
        # a bounded window of tasks in flight: results come back in task order
        pending: deque[Future[tuple[int, list[Record]]]] = deque()
        queue = iter(tasks)
        for task in queue:
            pending.append(executor.submit(_run_in_worker, task, settings))
            if len(pending) >= parallel * 4:
                break
        while pending:
            yield pending.popleft().result()
            task = next(queue, None)
            if task is not None:
                pending.append(executor.submit(_run_in_worker, task, settings))
    except BaseException:
        # Ctrl-C: stop now. Workers unwind on SIGTERM (removing any temporary output); one that
        # does not within the grace period is killed. The report is flushed per task.
        processes = list(getattr(executor, "_processes", {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(_STOP_GRACE_SECONDS)
            if process.is_alive():
                process.kill()
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def run_dask(tasks: list[Task], settings: Settings, address: str) -> Results:
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
        futures = client.map(run_task, tasks, settings=shared, pure=False)
        waiting: dict[int, list[Record]] = {}
        next_index = 0
        try:
            for future in as_completed(futures):
                index, records = future.result()
                waiting[index] = records
                while next_index in waiting:
                    yield next_index, waiting.pop(next_index)
                    next_index += 1
        except BaseException:
            client.cancel(futures)
            raise
