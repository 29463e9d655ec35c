"""What `pip install .` or pipx installs: a wheel that carries the shipped content and works
from a fresh virtual environment outside the checkout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from literacy_app.content.library import load_library

REPO = Path(__file__).resolve().parents[1]
SHIPPED = ("courses", "quizzes", "scenarios", "assets")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(REPO)],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    (built,) = out.glob("literacy_app-*.whl")
    return built


def test_the_wheel_carries_the_shipped_content(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "literacy_app/shipped/courses/leader-policy-decoding/course.yaml",
        "literacy_app/shipped/courses/leader-policy-decoding/lessons/01-why-decode.md",
        "literacy_app/shipped/quizzes/leader-policy-decoding.yaml",
        "literacy_app/shipped/scenarios/public-alarming-message.yaml",
        "literacy_app/shipped/assets/style.qss",
        "literacy_app/shipped/assets/icons/book-open.svg",
        "literacy_app/shipped/assets/icons/LICENSE-lucide.txt",
        "literacy_app/shipped/assets/templates/花名册模板.xlsx",
        "literacy_app/shipped/assets/templates/花名册模板.csv",
        "literacy_app/shipped/assets/templates/course-skeleton/course/course.yaml",
        "literacy_app/shipped/assets/templates/course-skeleton/course/assets/example.png",
        "literacy_app/shipped/assets/templates/course-skeleton/bank.yaml",
        "literacy_app/shipped/assets/templates/题库模板.xlsx",
    ):
        assert expected in names, expected
    # Every file of the four folders, not just a sample, and nothing loose at the top of the wheel.
    in_repository = {
        f"literacy_app/shipped/{path.relative_to(REPO).as_posix()}"
        for folder in SHIPPED
        for path in (REPO / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert in_repository <= names, sorted(in_repository - names)[:5]
    assert not {n for n in names if n.split("/")[0] in SHIPPED}


@pytest.mark.slow
def test_the_wheel_works_from_a_fresh_environment_outside_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", str(wheel)],
        check=True, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "LITERACY_APP_CONTENT_DIR", "LITERACY_APP_DB_URL"}
    }
    environment |= {"QT_QPA_PLATFORM": "offscreen", "LITERACY_APP_DATA_DIR": str(tmp_path / "data")}

    def run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            arguments, capture_output=True, text=True, timeout=180, env=environment, cwd=tmp_path
        )

    located = run(
        python, "-c", "from literacy_app.services.config import install_root; print(install_root())"
    )
    assert located.returncode == 0, located.stderr
    assert Path(located.stdout.strip()).is_relative_to(venv)  # the installed copy, not the checkout

    program = scripts / ("literacy-app.exe" if os.name == "nt" else "literacy-app")
    check = run(program, "validate", "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    # What the checkout ships is what the installed wheel must carry.
    shipped = load_library([REPO / name for name in ("courses", "quizzes", "scenarios")])
    expected = (len(shipped.courses), len(shipped.banks), len(shipped.scenarios))
    assert (report["courses"], report["banks"], report["scenarios"]) == expected
    assert report["problems"] == []
    test = run(program, "--self-test")
    assert test.returncode == 0, test.stdout + test.stderr
    assert test.stdout.startswith(f"self-test: OK, {len(shipped.courses)} courses")


def test_ci_runs_the_readme_test_command_in_a_virtual_environment() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.+?)\n```", readme, flags=re.DOTALL)
    (command,) = [b for b in blocks if "pytest" in b]
    assert command.startswith(
        "python3 -m venv .venv && "
    )  # the system pip may be externally managed
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.startswith(command) for line in ci.splitlines()), command
