"""The PyInstaller bundle builds from build.spec and its own --self-test passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from literacy_app import __version__

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    if shutil.which("pyinstaller") is None and not _has_module("PyInstaller"):
        pytest.fail(
            "PyInstaller is not installed: install the test extras (pip install -e '.[test]')"
        )
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work),
         str(REPO / "build.spec")],
        check=True, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    program = dist / "literacy-app" / ("literacy-app.exe" if os.name == "nt" else "literacy-app")
    assert program.is_file()
    # Inside the package, where a wheel has them too, and not loose beside the program.
    for shipped in ("courses", "quizzes", "scenarios", "assets"):
        assert any((dist / "literacy-app").rglob(f"literacy_app/shipped/{shipped}/*")), shipped

    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LITERACY_APP_DATA_DIR": str(tmp_path / "data"),
    }
    environment.pop("LITERACY_APP_CONTENT_DIR", None)
    version = subprocess.run(
        [program, "--version"], capture_output=True, text=True, timeout=60, env=environment
    )
    assert version.stdout.strip() == f"literacy-app {__version__}"
    check = subprocess.run(
        [program, "validate"], capture_output=True, text=True, timeout=60, env=environment
    )
    assert check.returncode == 0, check.stdout + check.stderr
    result = subprocess.run(
        [program, "--self-test"], capture_output=True, text=True, timeout=120, env=environment
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test: OK")

    # The administrator's libraries travel too: argon2 (sign-in), XlsxWriter, fpdf2 and its font
    # subsetting (fontTools), and the signed certificate check (cryptography).
    def run(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [program, *args], input=password, capture_output=True, text=True, timeout=120,
            env=environment,
        )  # fmt: skip

    admin = ("--admin", "管理员", "--password-stdin")
    assert (
        run("create-admin", "管理员", "--password-stdin", password="bundle-pass\n").returncode == 0
    )
    for suffix in ("xlsx", "pdf"):
        report = tmp_path / f"report.{suffix}"
        made = run(
            "report", "--format", suffix, "-o", str(report), *admin, password="bundle-pass\n"
        )
        assert made.returncode == 0, made.stdout + made.stderr
        assert report.stat().st_size > 0
    key = run("installation-key")
    assert key.returncode == 0 and key.stdout.strip()


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None
