"""The export dialog and the one-click 个人学时证明: files written in the background, cancel."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.report_rows import ReportFilter
from literacy_app.services.reports import Period, ReportFormat
from literacy_app.ui.admin.export_dialog import ExportDialog, print_hours_record
from literacy_app.ui.tasks import wait_for_background_work

from ..exports.sample import make_rows
from ..services.test_reports import Reporting


@pytest.fixture
def admin_academy(academy, tmp_path: Path):
    academy.reporting = Reporting(make_rows(400))  # helper C's queries, until they are merged
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    out = tmp_path / "out"
    out.mkdir()
    return academy, admin, out


def test_the_dialog_suggests_a_name_and_writes_the_chosen_format(
    app, qtbot, admin_academy, message_boxes
) -> None:
    academy, admin, out = admin_academy
    dialog = ExportDialog(academy, admin, ReportFilter(department="某省/某市", tier=Tier.LEADER))
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).name.startswith("完成情况_")
    assert dialog.path.text().endswith(".xlsx")
    assert "某省/某市" in dialog.scope.text() and "领导干部" in dialog.scope.text()
    dialog.format.setCurrentIndex(dialog.format.findData(ReportFormat.CSV))
    assert dialog.path.text().endswith(".csv")  # the suggestion follows the format
    target = out / "我的报表.csv"
    dialog.path.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    assert dialog.result_path == target
    with target.open(encoding="utf-8-sig") as stream:
        assert len(list(csv.reader(stream))) == 1 + len(academy.reporting.rows)
    assert len(message_boxes) == 1 and str(target) in message_boxes[0]
    message_boxes.clear()
    # The next dialog starts in the folder just used.
    again = ExportDialog(academy, admin, ReportFilter())
    qtbot.addWidget(again)
    assert Path(again.path.text()).parent == out


def test_cancelling_leaves_no_file(app, qtbot, admin_academy, message_boxes) -> None:
    academy, admin, out = admin_academy
    dialog = ExportDialog(academy, admin, ReportFilter())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out / "r.xlsx"))
    dialog.export()
    assert dialog.job is not None
    dialog.job.cancel()
    wait_for_background_work()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
    assert list(out.iterdir()) == [] and dialog.result_path is None
    assert not message_boxes


def test_one_click_prints_the_hours_record(
    app, qtbot, admin_academy, monkeypatch, message_boxes
) -> None:
    academy, admin, out = admin_academy
    view, _ = academy.learners.create("王小明", "某省/某市", Tier.OPERATOR)
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def save_as(parent, title, suggested, *filters):
        offered.append(suggested)
        return str(out / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    job = print_hours_record(None, academy, admin, view.id, "王小明", Period.year(2026))
    assert job is not None and Path(offered[0]).name.startswith("个人学时证明_王小明_")
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20_000)
    [written] = out.iterdir()
    assert written.suffix == ".pdf" and written.read_bytes().startswith(b"%PDF")
    assert "个人学时证明已保存" in message_boxes.pop()
