"""mypy, configured in pyproject.toml, checks `literacy_app` as part of the test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_errors() -> None:
    # Run from the repository so mypy reads its [tool.mypy] section and checks this checkout.
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
