"""Timing shared by the benchmarks: medians of two workloads measured alternately, so that
machine noise and drift hit both alike."""

from __future__ import annotations

import statistics
import time
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
