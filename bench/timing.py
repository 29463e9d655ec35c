"""The one way the benchmarks time a piece of work: the median of several runs, in seconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_time(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
