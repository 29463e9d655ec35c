"""Every benchmark runs at a small scale (`--smoke`) and prints its ratio lines; no timings are judged."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from . import postgres

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted((REPO / "bench").glob("bench_*.py"))
# A ratio line reads "<measured> / <baseline> = 1.2x", e.g. "save one answer / bare insert+commit = 9.8x".
RATIO = re.compile(r" / .+ = \d+(\.\d+)?x\b")


def test_the_benchmarks_are_found() -> None:
    assert {p.name for p in BENCHMARKS} >= {
        "bench_answers.py",
        "bench_content.py",
        "bench_dashboard.py",
        "bench_exports.py",
        "bench_server_answers.py",
        "bench_server_dashboard.py",
        "bench_startup.py",
    }


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.stem)
def test_benchmark_smoke_run(script: Path, tmp_path: Path) -> None:
    # The benchmarks of a PostgreSQL server run on the tests' server.
    if script.stem.startswith("bench_server_") and postgres.server_url() is None:
        message = f"no PostgreSQL server: set {postgres.ENV_SERVER} to run {script.name}"
        if postgres.required():
            pytest.fail(message)
        pytest.skip(message)
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LITERACY_APP_DATA_DIR": str(tmp_path / "data"),
        # The benchmark measures this checkout's code, whatever else is installed.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, str(script), "--smoke"],
        capture_output=True, text=True, timeout=300, env=environment, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    ratios = [line for line in result.stdout.splitlines() if RATIO.search(line)]
    assert len(ratios) >= 2, result.stdout
