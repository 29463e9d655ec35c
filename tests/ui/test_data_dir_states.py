"""Start-up on a data directory or database the program cannot use: a dialog in words naming the
path, before any work is done, and nothing changed; one running copy per data directory; and a
self-test that checks the data directory it is given."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from literacy_app.services.config import AppConfig
from literacy_app.ui.app import LOCK_NAME, hold_data_dir

from .unprivileged import read_only, snapshot, unprivileged

# The program as a user starts it, with its dialogs printed instead of shown (offscreen, a modal
# box would wait for ever) and its window settings kept out of the user's.
START = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])

def shown(box):
    print("DIALOG", box.windowTitle(), box.text(), flush=True)
    return QMessageBox.StandardButton.Ok

QMessageBox.exec = shown  # every box is built by ui/prompts.message_box and then exec'd
from literacy_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*unprivileged(), sys.executable, "-c", START, str(tmp_path / "settings"), *args],
        capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip


def current_database(folder: Path) -> Path:
    from literacy_app.services.academy import Academy

    Academy(AppConfig.resolve(folder)).close()
    return folder / "literacy.db"


def test_a_read_only_parent_of_the_data_directory_is_explained_with_the_path(
    tmp_path: Path,
) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    read_only(parent)
    data = parent / "data"
    result = start(tmp_path, "--data-dir", str(data))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert f"DIALOG 无法启动 无法在数据文件夹“{data}”中创建或写入文件" in result.stdout
    assert not data.exists()


def test_a_read_only_data_directory_is_explained_with_the_path(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    read_only(data)
    result = start(tmp_path, "--data-dir", str(data))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert f"DIALOG 无法启动 无法在数据文件夹“{data}”中创建或写入文件" in result.stdout
    assert snapshot(data) == {}


def test_a_read_only_database_is_reported_before_any_work_is_done(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = read_only(current_database(data))
    before = snapshot(data)
    result = start(tmp_path, "--data-dir", str(data))
    assert result.returncode == 1
    assert f"DIALOG 无法打开数据库 数据库“{database}”只能读取、不能写入" in result.stdout
    after = snapshot(data)
    assert {k: v for k, v in after.items() if not k.startswith("logs")} == {
        k: v for k, v in before.items() if not k.startswith("logs")
    }


@pytest.mark.usefixtures("app")
def test_a_second_copy_on_the_same_data_directory_is_told_which_folder_is_in_use(
    data_dir: Path, message_boxes: list[str]
) -> None:
    config = AppConfig.resolve(data_dir)
    first = hold_data_dir(config)
    assert first is not None and first.isLocked()
    assert hold_data_dir(config) is None
    assert message_boxes == [
        f"无法启动 数据文件夹“{data_dir}”正由另一个已打开的程序窗口使用。"
        "请切换到那个窗口，或先关闭它再启动。"
    ]
    message_boxes.clear()
    first.unlock()
    again = hold_data_dir(config)
    assert again is not None
    again.unlock()


@pytest.mark.usefixtures("app")
def test_the_lock_of_a_copy_that_was_killed_is_taken_over(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    killed = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # no unlock: as if the process were killed\n"
    )
    subprocess.run([sys.executable, "-c", killed, str(data_dir / LOCK_NAME)], check=True)
    assert (data_dir / LOCK_NAME).exists()
    lock = hold_data_dir(AppConfig.resolve(data_dir))
    assert lock is not None
    lock.unlock()


def test_two_copies_started_on_one_new_data_directory_leave_one_running(tmp_path: Path) -> None:
    data = tmp_path / "data"
    command = [*unprivileged(), sys.executable, "-c", START, str(tmp_path / "settings")]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [*command, "--data-dir", str(data)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not (data / "literacy.db").exists() and first.poll() is None:
            assert time.monotonic() < deadline, "the first copy never opened its database"
            time.sleep(0.1)
        second = start(tmp_path, "--data-dir", str(data))
        assert first.poll() is None, first.communicate()
    finally:
        first.kill()
        first.communicate()
    assert second.returncode == 1
    assert f"DIALOG 无法启动 数据文件夹“{data}”正由另一个已打开的程序窗口使用" in second.stdout


def _file(data: Path) -> None:
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("not a folder", encoding="utf-8")


def _read_only_folder(data: Path) -> None:
    data.mkdir(parents=True)
    read_only(data)


def _read_only_parent(data: Path) -> None:
    data.parent.mkdir(parents=True)
    read_only(data.parent)


def _read_only_folder_with_a_database(data: Path) -> None:
    current_database(data)
    read_only(data)


def _read_only_database(data: Path) -> None:
    read_only(current_database(data))


def _database_is_a_folder(data: Path) -> None:
    (data / "literacy.db").mkdir(parents=True)


def _truncated(data: Path) -> None:
    database = current_database(data)
    database.write_bytes(database.read_bytes()[:5000])


def _random_bytes(data: Path) -> None:
    data.mkdir(parents=True)
    (data / "literacy.db").write_bytes(os.urandom(50_000))


def _text_file(data: Path) -> None:
    data.mkdir(parents=True)
    (data / "literacy.db").write_text("学员名单\n张三\n", encoding="utf-8")


def _newer(data: Path) -> None:
    with sqlite3.connect(current_database(data)) as connection:
        connection.execute("update alembic_version set version_num = '0099'")
    connection.close()


def _unversioned(data: Path) -> None:
    data.mkdir(parents=True)
    with sqlite3.connect(data / "literacy.db") as connection:
        connection.execute("create table learners (id integer primary key)")
    connection.close()


def _empty_record_with_tables(data: Path) -> None:
    with sqlite3.connect(current_database(data)) as connection:
        connection.execute("delete from alembic_version")
    connection.close()


FAULTY = [
    (_file, "无法在数据文件夹"),
    (_read_only_folder, "无法在数据文件夹"),
    (_read_only_parent, "无法在数据文件夹"),
    (_read_only_folder_with_a_database, "无法在数据文件夹"),
    (_read_only_database, "只能读取、不能写入"),
    (_database_is_a_folder, "无法读取数据库"),
    (_truncated, "无法读取数据库"),
    (_random_bytes, "无法读取数据库"),
    (_text_file, "无法读取数据库"),
    (_newer, "由更新版本的程序创建（结构版本 0099）"),
    (_unversioned, "没有本程序的版本记录"),
    (_empty_record_with_tables, "没有本程序的版本记录"),
]


@pytest.mark.parametrize(("make", "reason"), FAULTY, ids=[f.__name__[1:] for f, _ in FAULTY])
def test_the_self_test_fails_on_a_faulty_data_directory_and_changes_nothing(
    tmp_path: Path, make, reason: str
) -> None:
    data = tmp_path / "place" / "data"
    make(data)
    before = snapshot(tmp_path / "place")
    result = start(tmp_path, "--data-dir", str(data), "--self-test")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("self-test: FAILED, "), result.stderr
    assert reason in result.stderr and str(data) in result.stderr, result.stderr
    assert snapshot(tmp_path / "place") == before


@pytest.mark.parametrize("existing", [False, True], ids=["new", "current"])
def test_the_self_test_passes_on_a_good_data_directory_and_changes_nothing(
    tmp_path: Path, existing: bool
) -> None:
    data = tmp_path / "place" / "data"
    if existing:
        current_database(data)
    before = snapshot(tmp_path / "place")
    result = start(tmp_path, "--data-dir", str(data), "--self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test: OK")
    assert snapshot(tmp_path / "place") == before
