"""Commands print translated messages, never log records: a warning a service logs goes to the
log file in the data directory, and a command run without one creates none."""

from __future__ import annotations

import io
from pathlib import Path

from literacy_app.cli import main
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

PASSWORD = "password-123"


def as_admin(monkeypatch, *arguments: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return main([*arguments, "--admin", "管理员", "--password-stdin"])


def installation(folder: Path) -> None:
    academy = Academy(AppConfig.resolve(folder, None, None))
    academy.accounts.create_first_administrator("管理员", PASSWORD)
    academy.close()


def test_a_refused_progress_file_is_logged_to_the_file_not_printed(
    data_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    installation(data_dir)
    other = tmp_path / "other"
    installation(other)
    exported = tmp_path / "other.litprog"
    export = ["--data-dir", str(other), "export-progress", "-o", str(exported), "--all"]
    assert as_admin(monkeypatch, *export) == 0
    capsys.readouterr()

    # This installation does not trust the other one: refused, in words, and logged.
    assert as_admin(monkeypatch, "import-progress", str(exported)) == 1
    printed = capsys.readouterr()
    assert "progress_file_untrusted" not in printed.out + printed.err  # no raw log record
    assert "信任" in printed.out + printed.err  # the translated refusal
    log = (data_dir / "logs" / "literacy-app.log").read_text(encoding="utf-8")
    assert "progress_file_untrusted" in log


def test_a_command_without_a_data_directory_makes_none(tmp_path: Path, monkeypatch) -> None:
    nowhere = tmp_path / "never-made"
    monkeypatch.setenv("LITERACY_APP_DATA_DIR", str(nowhere))
    assert main(["keygen", "-o", str(tmp_path / "key.pem")]) == 0
    assert not nowhere.exists()
