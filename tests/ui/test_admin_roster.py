"""The administrator's 学员 and 课程分配 tabs, driven as an administrator would, and the learner's
path showing an assigned course with its due date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from literacy_app.ui.admin.area import AdminArea
from literacy_app.ui.admin.learners_tab import LearnersTab
from literacy_app.ui.admin.roster_import import RosterImportDialog
from literacy_app.ui.course_card import CourseCard
from literacy_app.ui.pages.learning_path import LearningPathPage
from literacy_app.ui.tasks import wait_for_background_work

ROSTER = (
    "姓名,工号,单位/部门,类别\n"
    "张明,A1,某省/某市/某县,政务运营团队\n"
    "李华,A2,某省/某市,领导干部\n"
    "王芳,A3,某省,未知类别\n"
)


def open_area(academy, qtbot):
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    area = AdminArea(academy)
    qtbot.addWidget(area)
    area.show()
    area.show_for(admin, "管理员")
    return area, admin


def test_importing_a_roster_through_the_tab(
    app, qtbot, academy, tmp_path: Path, monkeypatch, message_boxes
) -> None:
    roster = tmp_path / "花名册.csv"
    roster.write_text(ROSTER, encoding="gb18030")
    area, _ = open_area(academy, qtbot)
    area.tabs.setCurrentWidget(area.learners_tab)
    tab = area.learners_tab
    assert tab.empty.isVisible() and not tab.table.isVisible()
    monkeypatch.setattr(LearnersTab, "choose_roster_file", lambda self: roster)
    shown: list[RosterImportDialog] = []

    def answer(dialog: RosterImportDialog) -> int:
        shown.append(dialog)
        # The preview lists the bad row as file:row and offers to skip it; plain 导入 is off.
        assert not dialog.import_button.isEnabled() and not dialog.skip_button.isHidden()
        dialog.skip_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RosterImportDialog, "exec", answer)
    tab.import_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    wait_for_background_work()
    (dialog,) = shown
    assert dialog.problems.toPlainText() == (
        f"{roster}:4: 类别“未知类别”无法识别；应为“领导干部”“政务运营团队”或“公众”"
    )
    assert "新增 2 人" in dialog.summary.text() and "有问题的行 1 行" in dialog.summary.text()
    assert message_boxes == ["导入完成 新增 2 人，更新 0 人，未变 0 人，跳过 1 行。"]
    message_boxes.clear()
    assert tab.table.isVisible()
    names = [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]
    assert names == ["李华", "张明"]  # by department, then name
    tab.search.setText("某县")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2_000)
    assert tab.model.index(0, 1).data() == "A1"


def test_assigning_a_course_through_the_tab(app, qtbot, academy, message_boxes) -> None:
    area, admin = open_area(academy, qtbot)
    academy.roster.add_learner(
        admin, name="张明", identifier="A1", department="某省/某市/某县", tier="operator"
    )
    tab = area.assignments_tab
    area.tabs.setCurrentWidget(tab)
    assert tab.empty.isVisible()
    tab.kind.setCurrentIndex(tab.kind.findData("department"))
    tab.department.setEditText("某省/某市")
    due = date.today() + timedelta(days=10)
    tab.due.setDate(QDate(due.year, due.month, due.day))
    tab.assign_button.click()
    assert tab.model.rowCount() == 1
    row = [tab.model.index(0, column).data() for column in range(6)]
    assert row[1:] == ["单位：某省/某市", due.isoformat(), "1", "0", "0"]
    assert row[0] == tab.course.currentText()
    # An annual target for the tier shown first, every department, this year.
    tab.hour_targets.hours.setValue(40)
    tab.hour_targets.set_button.click()
    assert tab.hour_targets.model.rowCount() == 1
    assert tab.hour_targets.model.index(0, 3).data() == "40 学时"
    assert not message_boxes


def test_an_assigned_course_shows_its_due_date_and_overdue_on_the_path(app, qtbot, academy) -> None:
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    record = academy.roster.add_learner(
        admin, name="张明", identifier="A1", department="某省/某市", tier="leader"
    )
    outside = next(c for c in academy.library().courses if "leader" not in c.spec.tiers)
    inside = next(c for c in academy.library().courses if "leader" in c.spec.tiers)
    academy.assignments.assign_to_learners(admin, outside.id, [record.id], date(2099, 12, 31))
    academy.assignments.assign_to_tier(admin, inside.id, "leader", date.today())
    academy.assignments._today = lambda: date.today() + timedelta(days=1)  # a day later: late
    learner = academy.learners.sign_in(record.id)
    page = LearningPathPage(academy)
    qtbot.addWidget(page)
    page.refresh(learner, record.tier)
    cards: dict[str, CourseCard] = {card.course_id: card for card in page.cards}
    # The course outside the leader's path is there, and each course is shown once.
    assert outside.id in cards and len(page.cards) == len(cards)
    assert page.cards[0].course_id == inside.id  # late work first
    assert cards[inside.id].due_badge.text() == f"已逾期 · 截止 {date.today().isoformat()}"
    assert cards[outside.id].due_badge.text() == "截止 2099-12-31"
    assert "分配 2 门（逾期 1 门）" in page.header.subtitle.text()
