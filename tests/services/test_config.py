"""Where state lives: command-line options beat environment variables, which beat the defaults."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from literacy_app.services.config import AppConfig, install_root, path_from_file_url


def test_defaults_use_sqlite_in_the_data_dir_and_the_shipped_content(data_dir: Path) -> None:
    config = AppConfig.resolve()
    assert config.data_dir == data_dir.resolve()  # from LITERACY_APP_DATA_DIR, set for every test
    assert config.db_url == f"sqlite:///{(data_dir.resolve() / 'literacy.db').as_posix()}"
    assert config.content_paths == tuple(
        install_root() / name for name in ("courses", "quizzes", "scenarios")
    )


def test_environment_and_options(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LITERACY_APP_DB_URL", "sqlite:///from-env.db")
    monkeypatch.setenv(
        "LITERACY_APP_CONTENT_DIR", os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b")])
    )
    config = AppConfig.resolve()
    assert config.db_url == "sqlite:///from-env.db"
    assert config.content_paths == (tmp_path / "a", tmp_path / "b")
    chosen = AppConfig.resolve(
        tmp_path / "elsewhere", "sqlite:///from-option.db", [str(tmp_path / "c")]
    )
    assert chosen.data_dir == (tmp_path / "elsewhere").resolve()
    assert chosen.db_url == "sqlite:///from-option.db"
    assert chosen.content_paths == (tmp_path / "c",)


@pytest.mark.sqlite_only  # the records move to another SQLite file
def test_db_url_moves_the_records(tmp_path: Path, make_academy, monkeypatch) -> None:
    database = tmp_path / "shared" / "records.db"
    database.parent.mkdir()
    monkeypatch.setenv("LITERACY_APP_DB_URL", f"sqlite:///{database}")
    academy = make_academy()
    academy.learners.create("学员", "", "public")
    assert database.is_file()
    assert not (Path(academy.config.data_dir) / "literacy.db").exists()


def test_the_shipped_content_is_found() -> None:
    root = install_root()
    assert {"courses", "quizzes", "scenarios", "assets"} <= {p.name for p in root.iterdir()}
    assert (root / "assets" / "style.qss").is_file()


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("file:///home/trainer/literacy-app", "/home/trainer/literacy-app"),
        ("file:///C:/Users/%E5%9F%B9%E8%AE%AD/literacy%20app", "C:/Users/培训/literacy app"),
        ("file://server/share/literacy-app", "//server/share/literacy-app"),
        ("https://example.org/literacy-app.git", None),
    ],
)
def test_an_editable_install_record_names_its_checkout(url: str, path: str | None) -> None:
    found = path_from_file_url(url)
    assert (found.as_posix() if found else None) == path
