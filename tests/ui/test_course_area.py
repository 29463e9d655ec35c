"""课程管理 in the window: a trainer installs a package through the area (off the GUI thread), sees
it listed with its version and source, checks a course, and a hostile package is refused with a
message; an administrator has the same tab and the trusted trainer keys."""

from __future__ import annotations

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.acting import Role
from literacy_app.services.course_packages import CourseSource, make_signing_key
from literacy_app.ui.admin.area import AdminArea
from literacy_app.ui.courses.courses_tab import CoursesTab
from literacy_app.ui.courses.trainer_area import TrainerArea
from literacy_app.ui.tasks import wait_for_background_work

from ..packages import COURSE, PASSWORD, good_package, rewrite, snapshot


@pytest.fixture
def staff(academy):
    admin = academy.accounts.create_first_administrator("管理员", PASSWORD)
    academy.accounts.create_account(admin, "赵培训", Role.TRAINER, PASSWORD)
    return admin, academy.accounts.sign_in("赵培训", PASSWORD)


def row_of(tab: CoursesTab, course_id: str):
    return next(row for row in tab.model.rows if row.course_id == course_id)


def select(tab: CoursesTab, course_id: str) -> None:
    tab.table.selectRow(tab.model.rows.index(row_of(tab, course_id)))


def test_a_trainer_installs_a_package_through_the_area(
    app, qtbot, academy, staff, content, tmp_path, monkeypatch, message_boxes
) -> None:
    _, trainer = staff
    package = good_package(content, tmp_path / "course.zip", "50.1.0")
    area = TrainerArea(academy)
    qtbot.addWidget(area)
    area.resize(1100, 760)
    area.show_for(trainer, "赵培训")
    tab = area.courses_tab
    assert row_of(tab, COURSE).source is CourseSource.SHIPPED
    assert not tab.remove_button.isEnabled()  # nothing chosen, and shipped ones cannot go

    monkeypatch.setattr(tab, "choose_package_file", lambda: package)
    tab.install_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    wait_for_background_work()
    assert message_boxes.pop() == "安装课程包 已安装课程“谣言、旧图与深度伪造”（版本 50.1.0）。"
    row = row_of(tab, COURSE)
    assert (row.version, tab.source_label(row)) == ("50.1.0", "已安装的课程包")
    assert academy.library().course(COURSE).spec.version == "50.1.0"

    select(tab, COURSE)
    assert tab.remove_button.isEnabled()
    tab.check_button.click()
    qtbot.waitUntil(lambda: not tab.problems.isHidden(), timeout=30_000)
    assert [tab.problems.item(i).text() for i in range(tab.problems.count())] == ["没有发现问题。"]
    previewed = []
    tab.preview_opened.connect(previewed.append)
    tab.preview_button.click()
    [window] = previewed
    assert window.isVisible() and window.preview.folder == row.folder
    window.close()
    area.grab().save(str(tmp_path / "trainer-area.png"))

    # A tampered package: refused with the reason, and the library as it was.
    before = snapshot(academy.packages.library_dir)
    lesson = f"courses/{COURSE}/lessons/01-disaster-rumours.md"
    tampered = rewrite(package, tmp_path / "tampered.zip", change={lesson: b"changed"})
    monkeypatch.setattr(tab, "choose_package_file", lambda: tampered)
    tab.install_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    wait_for_background_work()
    [refusal] = message_boxes
    message_boxes.clear()
    assert "大小与登记的不符" in refusal or "校验值" in refusal
    assert snapshot(academy.packages.library_dir) == before

    monkeypatch.setattr("literacy_app.ui.courses.courses_tab.confirm", lambda *a: True)
    tab.remove_button.click()
    assert row_of(tab, COURSE).source is CourseSource.SHIPPED
    assert snapshot(academy.packages.library_dir) == {}


def test_an_administrator_has_the_tab_and_the_trusted_trainer_keys(
    app, qtbot, academy, staff, tmp_path, monkeypatch
) -> None:
    admin, _ = staff
    key = make_signing_key(tmp_path / "k.pem")
    area = AdminArea(academy)
    qtbot.addWidget(area)
    area.resize(1100, 860)
    area.show_for(admin, "管理员")
    area.tabs.setCurrentWidget(area.courses_tab)
    box = area.courses_tab.keys_box
    assert not box.isHidden() and box.table.isHidden()
    for asking in ("literacy_app.ui.prompts", "literacy_app.ui.courses.trainer_keys"):
        monkeypatch.setattr(f"{asking}.confirm", lambda *a: True)
    box.key_input.setText(key.public_key)
    box.name_input.setText("省委党校培训处")
    box.add_button.click()
    assert box.model.rowCount() == 1 and box.model.rows[0].fingerprint == key.fingerprint
    assert [k.name for k in academy.packages.trainer_keys(admin)] == ["省委党校培训处"]
    area.grab().save(str(tmp_path / "admin-courses.png"))


def test_a_learner_cannot_list_the_courses_area(academy) -> None:
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    area = CoursesTab(academy)
    from literacy_app.services.errors import Refused

    with pytest.raises(Refused):
        area.refresh(learner)


def test_a_trainer_starts_a_course_and_converts_a_question_bank_from_the_area(
    app, qtbot, academy, staff, tmp_path, monkeypatch, message_boxes
) -> None:
    from literacy_app.content.library import load_library
    from literacy_app.ui.courses import authoring_actions

    _, trainer = staff
    area = TrainerArea(academy)
    qtbot.addWidget(area)
    area.show_for(trainer, "赵培训")
    tab = area.courses_tab

    # 新建课程: the example course lands in the chosen folder and opens in the preview.
    folder = tmp_path / "my-course"
    folder.mkdir()
    monkeypatch.setattr(tab.authoring, "choose_new_course_folder", lambda: folder)
    previewed = []
    tab.preview_opened.connect(previewed.append)
    tab.new_course_button.click()
    assert message_boxes.pop().startswith("新建课程")
    [window] = previewed
    assert window.preview.folder == folder / "courses" / "my-course"
    window.close()
    assert load_library([folder]).problems == ()

    # 导入题库: one question is refused; the trainer agrees to write the others.
    source = tmp_path / "bank.txt"
    source.write_text(
        "人员信息公示前要做什么？\nA. 去标识处理\nB. 直接全文公开\nANSWER: A\n\n"
        "没有答案行的题目\nA. 甲\nB. 乙\n",
        encoding="utf-8",
    )
    output = tmp_path / "converted.yaml"
    monkeypatch.setattr(tab.authoring, "choose_question_file", lambda: source)
    monkeypatch.setattr(tab.authoring, "choose_text_format", lambda: "aiken")
    monkeypatch.setattr(tab.authoring, "choose_output_file", lambda _source: output)
    asked = []
    monkeypatch.setattr(authoring_actions, "confirm", lambda *args: asked.append(args) or True)
    tab.import_questions_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    wait_for_background_work()
    assert len(asked) == 1 and output.exists()
    assert message_boxes.pop().startswith("导入题库")
    listed = [tab.problems.item(i).text() for i in range(tab.problems.count())]
    assert any(line.startswith(f"{source}:6:") for line in listed), listed
    bank = load_library([output]).banks
    assert [len(b.spec.questions) for b in bank.values()] == [1]
