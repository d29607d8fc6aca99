"""How fast `essayconv --help` starts, against a bare `python -c pass` measured in the same run.

Target: under 0.3 s; heavy libraries (WeasyPrint, python-docx, lxml) load only when used.
Run by hand: `.venv/bin/python bench/startup.py`. Prints medians and the ratio; asserts nothing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 15


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    python = sys.executable
    baseline = median_seconds([python, "-c", "pass"])
    help_time = median_seconds([python, "-m", "essayconv.cli", "--help"])
    convert_import = median_seconds([python, "-c", "import essayconv.api, essayconv.clean, essayconv.extract.html"])
    print(f"python -c pass (baseline)       {baseline * 1000:7.1f} ms")
    print(f"essayconv --help                {help_time * 1000:7.1f} ms   {help_time / baseline:4.1f}x baseline   "
          f"({'under' if help_time < 0.3 else 'OVER'} the 0.3 s target)")
    print(f"import the json conversion path {convert_import * 1000:7.1f} ms   {convert_import / baseline:4.1f}x baseline")


if __name__ == "__main__":
    main()
