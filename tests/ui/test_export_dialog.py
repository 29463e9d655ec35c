"""The export dialog and the one-click 个人学时证明: files written in the background, cancel."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from literacy_app.content.model import Tier
from literacy_app.services.report_rows import ReportFilter
from literacy_app.services.reports import Period, ReportFormat
from literacy_app.ui.admin.export_dialog import ExportDialog, print_hours_record
from literacy_app.ui.tasks import wait_for_background_work

from ..exports.expected import squeezed
from ..services.report_population import build


@pytest.fixture
def admin_academy(academy, tmp_path: Path):
    """Learners with records, their administrator, and the folder reports go to."""
    admin = build(academy, date.today()).admin
    out = tmp_path / "out"
    out.mkdir()
    return academy, admin, out


def test_the_dialog_suggests_a_name_and_writes_the_chosen_format(
    app, qtbot, admin_academy, message_boxes
) -> None:
    academy, admin, out = admin_academy
    chosen = ReportFilter(department="甲省/一市", tier=Tier.LEADER)
    dialog = ExportDialog(academy, admin, chosen)
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).name.startswith("完成情况_")
    assert dialog.path.text().endswith(".xlsx")
    assert "甲省/一市" in dialog.scope.text() and "领导干部" in dialog.scope.text()
    dialog.format.setCurrentIndex(dialog.format.findData(ReportFormat.CSV))
    assert dialog.path.text().endswith(".csv")  # the suggestion follows the format
    target = out / "我的报表.csv"
    dialog.path.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    assert dialog.result_path == target
    expected = list(academy.reporting.course_rows(admin, chosen))
    assert expected and all(r.tier is Tier.LEADER for r in expected)
    with target.open(encoding="utf-8-sig") as stream:
        written = list(csv.reader(stream))[1:]
    assert [(r[0], r[4]) for r in written] == [(r.learner_name, r.course_title) for r in expected]
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
    rows = list(academy.reporting.course_rows(admin, ReportFilter()))
    period = Period(date.today() - timedelta(days=365), date.today())
    done = next(r for r in rows if r.completed_on)
    courses = [r for r in rows if r.learner_id == done.learner_id and r.completed_on]
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def save_as(parent, title, suggested, *filters):
        offered.append(suggested)
        return str(out / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    name = done.learner_name
    job = print_hours_record(None, academy, admin, done.learner_id, name, period)
    assert job is not None and Path(offered[0]).name.startswith(f"个人学时证明_{name}_")
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20_000)
    [written] = out.iterdir()
    text = squeezed(PdfReader(written).pages[0].extract_text())
    assert f"{name}" in text and f"完成课程{len(courses)}门" in text
    assert "个人学时证明已保存" in message_boxes.pop()
