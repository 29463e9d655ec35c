"""The administrator's 导入学习记录 tab, driven as an administrator would: a folder with a good file,
a file cut short and one from an installation not yet trusted; then the clash and the held file
decided with the tab's buttons. And the learner's export button on the 学习记录 page."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.services.progress_exchange import ImportOutcome
from literacy_app.ui.admin.area import AdminArea
from literacy_app.ui.admin.progress_import import ProgressImportTab
from literacy_app.ui.pages.records import RecordsPage
from literacy_app.ui.tasks import wait_for_background_work
from tests.services.progress_sites import COURSE, LESSON, open_site


def settle(qtbot) -> None:
    # The finished operations' helpers are deleted later, as children of the page; a page
    # destroyed at teardown before that happens crashed Qt now and then (a deferred delete of a
    # child already gone), so the test lets them go while the page is still there.
    qtbot.wait(300)


@pytest.fixture
def room(tmp_path: Path, academy):
    """Files from two other installations: A (trusted here) with a learner whose 工号 clashes,
    B (not trusted); and a copy of A's file cut short."""
    a, b = open_site(tmp_path / "a" / "data"), open_site(tmp_path / "b" / "data")
    a.academy.learning.record_reading(a.learner("张三", "E1"), COURSE, LESSON, 60)
    a.academy.learning.record_reading(a.learner("王五", "E5"), COURSE, LESSON, 30)
    b.academy.learning.record_reading(b.learner("赵六", "E6"), COURSE, LESSON, 45)
    folder = tmp_path / "room"
    folder.mkdir()
    a.academy.progress.export(a.admin, folder / "1-a.litprog")
    b.academy.progress.export(b.admin, folder / "3-b.litprog")
    (folder / "2-cut.litprog").write_bytes((folder / "1-a.litprog").read_bytes()[:-40])
    yield a, b, folder
    a.academy.close()
    b.academy.close()


def test_importing_a_folder_and_deciding_what_was_held(
    app, qtbot, academy, room, monkeypatch
) -> None:
    a, b, folder = room
    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    academy.installation.trust(admin, a.academy.installation.public_key_b64(), "甲培训点")
    record = academy.roster.add_learner(
        admin, name="李四", identifier="E1", department="某省", tier="public"
    )
    area = AdminArea(academy)
    qtbot.addWidget(area)
    area.resize(1200, 900)
    area.show()
    area.show_for(admin, "管理员")
    area.tabs.setCurrentWidget(area.progress_tab)
    tab = area.progress_tab
    assert not tab.approve_button.isEnabled() and not tab.same_button.isEnabled()
    tab.hold_unknown.setChecked(True)  # files from B wait for approval instead of being refused
    monkeypatch.setattr(ProgressImportTab, "choose_folder", lambda self: [folder])
    tab.folder_button.click()
    qtbot.waitUntil(lambda: len(tab.results.rows) == 3, timeout=20_000)
    wait_for_background_work()
    shown = [[tab.results.data(tab.results.index(r, c)) for c in range(5)] for r in range(3)]
    assert shown == [
        ["1-a.litprog", "已导入（部分待处理）", "1 / 0", "0 / 0", "1 / 0"],
        ["2-cut.litprog", "已拒收", "—", "—", "—"],
        ["3-b.litprog", "已暂存", "—", "—", "—"],
    ]
    notes = tab.notes.text().splitlines()
    assert notes[0].startswith("1-a.litprog：1 人工号冲突")
    assert notes[1].startswith("2-cut.litprog：") and "不完整或已损坏" in notes[1]
    assert notes[2].startswith("3-b.litprog：") and b.academy.installation.fingerprint() in notes[2]
    assert [(c.identifier, c.name, c.existing_name) for c in tab.clashes.rows] == [
        ("E1", "张三", "李四")
    ]
    assert [h.fingerprint for h in tab.held.rows] == [b.academy.installation.fingerprint()]

    tab.clash_table.selectRow(0)
    tab.same_button.click()
    qtbot.waitUntil(lambda: not tab.clashes.rows, timeout=20_000)
    wait_for_background_work()
    assert tab.results.rows[0].outcome is ImportOutcome.IMPORTED

    tab.held_table.selectRow(0)
    tab.label_input.setText("乙培训点")
    tab.approve_button.click()
    qtbot.waitUntil(lambda: not tab.held.rows, timeout=20_000)
    wait_for_background_work()
    assert {t.name for t in academy.installation.trusted(admin)} == {"甲培训点", "乙培训点"}
    people = {(r.name, r.identifier) for r in academy.roster.learners(admin)}
    assert people == {("李四", "E1"), ("王五", "E5"), ("赵六", "E6")}
    assert record.name == "李四"  # 张三's records went to the person here, who keeps their name
    settle(qtbot)


def test_a_learner_exports_their_records_from_the_records_page(
    app, qtbot, academy, tmp_path, monkeypatch, message_boxes
) -> None:
    _, learner = academy.learners.create("张三", "某省", "public")
    academy.learning.record_reading(learner, COURSE, LESSON, 60, completed=True)
    target = tmp_path / "mine.litprog"
    monkeypatch.setattr("literacy_app.ui.progress_export.choose_export_path", lambda parent: target)
    page = RecordsPage(academy)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh(learner)
    assert page.export_button.isVisible()
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20_000)
    wait_for_background_work()
    assert target.exists()
    text = message_boxes.pop()
    assert str(target) in text and "学员 1 人，课时记录 1 条" in text
    settle(qtbot)
