"""Timing shared by the benchmarks: medians of workloads measured alternately, so that machine
noise and drift hit them alike; in process (wall time) or as whole commands (CPU time)."""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable


def paired(ours: Callable[[], object], theirs: Callable[[], object], repeat: int = 9) -> tuple[float, float]:
    ours(), theirs()  # warm both once
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for function, bucket in ((ours, times[0]), (theirs, times[1])):
            start = time.perf_counter()
            function()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def bench_env(src: Path | None = None) -> dict[str, str]:
    """The environment for a timed command: bytecode caches written and used (as in a user's
    install; a session may set PYTHONDONTWRITEBYTECODE, which makes every start compile every
    module), and `src` first on the path when comparing essayconv source trees."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
        # each tree its own start-up cache (essayconv/startup_cache.py keeps one file per name: two
        # trees timed in turn would overwrite each other's, and every start would derive afresh)
        tree = hashlib.sha256(str(Path(src).resolve()).encode()).hexdigest()[:12]
        env["XDG_CACHE_HOME"] = str(Path(tempfile.gettempdir()) / "essayconv-bench-cache" / tree)
    return env


def process_cpu(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of `command`: user + system time of the process and
    every child it waited for (a render child included), from wait4. Fails on a non-zero exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - start


def interleaved_cpu(commands: dict[str, tuple[list[str], dict[str, str]]], repeat: int = 9) -> dict[str, float]:
    """Median CPU seconds of each named (command, environment), the commands run in turn `repeat`
    times after one unmeasured round (which also writes bytecode caches)."""
    for command, env in commands.values():
        process_cpu(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (command, env) in commands.items():
            times[name].append(process_cpu(command, env)[0])
    return {name: statistics.median(values) for name, values in times.items()}
