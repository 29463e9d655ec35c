"""Drive the real window through every page and save a PNG of each into docs/screenshots/.

Run under a display (for example `xvfb-run -s "-screen 0 1280x860x24" python tools/take_screenshots.py`)
so the pages are drawn by the platform a learner uses. Uses a throw-away data directory.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig, install_root
from literacy_app.ui.app import create_application, shut_down
from literacy_app.ui.main_window import MainWindow
from literacy_app.ui.profile_dialog import ProfileDialog

# The screenshots belong to the checkout this tool lives in, not to where the content is installed.
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("saved", name)


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "zh_CN"
    suffix = "" if language == "zh_CN" else f"-{language}"
    app: QApplication = create_application(language)
    scratch = Path(tempfile.mkdtemp(prefix="literacy-shots-"))
    # The shots must not depend on, or change, the window size and page the user last had.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    content = scratch / "content"
    for name in ("courses", "quizzes", "scenarios"):
        shutil.copytree(install_root() / name, content / name)
    # One deliberately broken course shows how the catalogue reports it.
    broken = content / "courses" / "zz-broken-example"
    shutil.copytree(content / "courses" / "public-info-discernment", broken)
    text = (broken / "course.yaml").read_text(encoding="utf-8")
    (broken / "course.yaml").write_text(
        text.replace("id: public-info-discernment", "id: broken-example")
        .replace("title: 信息辨识入门", "title: 示例：有错误的课程")
        .replace("hours:", "hourz:"),
        encoding="utf-8",
    )
    academy = Academy(AppConfig.resolve(scratch / "data", None, [str(content)]))

    dialog = ProfileDialog(first_start=True)
    dialog.name.setText("张明")
    dialog.department.setText("青川县融媒体中心（虚构）")
    dialog.show()
    save(dialog, f"profile-dialog{suffix}")
    dialog.close()

    academy.learners.create("张明", "青川县融媒体中心（虚构）", Tier.LEADER)
    academy.accounts.create_first_administrator("管理员", "password-123")  # no set-up dialog
    window = MainWindow(lambda: academy)
    window.resize(1200, 800)
    window.show()
    save(window, f"loading{suffix}")  # what the first paint shows while the core opens
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.start()
    loop.exec()

    course = academy.library().course("leader-opinion-analysis")
    for lesson in course.lessons[:2]:
        academy.learning.record_reading(window.actor, course.id, lesson.id, 600, completed=True)
    window.show_section("catalogue")
    window.show_section("path")
    save(window, f"learning-path{suffix}")
    window.show_section("catalogue")
    scroll = window.catalogue_page.scroll_area
    settle()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    save(window, f"catalogue{suffix}")
    window.show_course(course.id)
    save(window, f"course{suffix}")
    window.show_lesson(course.id, course.lessons[0].id)
    save(window, f"lesson{suffix}")
    window.start_quiz(course.id)
    for card in window.quiz_page.cards[:3]:
        editor = next(iter(card.editors.values()))
        if hasattr(editor, "rows"):
            list(editor.rows.values())[1].indicator.click()
    save(window, f"quiz{suffix}")
    result = academy.assessment.submit(window.actor, window.quiz_page.attempt.attempt_id)
    window.show_result(result.attempt_id)
    save(window, f"result{suffix}")
    window.show_section("notebook")
    save(window, f"notebook{suffix}")
    window.show_section("daily")
    save(window, f"daily{suffix}")
    window.daily_page.daily_button.click()
    new_types = [
        c
        for c in window.quiz_page.cards
        if c.question.type.value in {"fill", "ordering", "matching", "case"}
    ]
    if new_types:
        window.quiz_page.scroll_area.ensureWidgetVisible(new_types[0], 0, 0)
    save(window, f"daily-quiz{suffix}")
    window.show_section("scenarios")
    save(window, f"scenarios{suffix}")
    scenario_id = next(iter(window.scenario_page.start_buttons))
    window.start_scenario(scenario_id)
    save(window, f"scenario-run{suffix}")
    run = window.scenario_run_page
    while window.stack.currentWidget() is run:
        run.choose(run.view.choices[0][0])
    save(window, f"scenario-debrief{suffix}")
    window.show_section("records")
    save(window, f"records{suffix}")
    administer(window, academy, scratch, suffix)
    window.close()
    academy.close()
    shut_down(app)
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


ROSTER = """姓名,工号/身份标识,单位/部门,类别,手机号
李文（虚构）,QC001,青川省/青川市/青川县/县融媒体中心,政务运营团队,
赵敏（虚构）,QC002,青川省/青川市/青川县/县融媒体中心,政务运营团队,
周远（虚构）,QC003,青川省/青川市/青川县/县政府办,领导干部,
吴桐（虚构）,QC004,青川省/青川市/市委网信办,政务运营团队,
郑洁（虚构）,QC005,青川省/青川市/市委网信办,领导干部,
王磊（虚构）,QC006,青川省/白河市/市政务服务中心,公众,
"""


def administer(window, academy: Academy, scratch: Path, suffix: str) -> None:
    """A fictional roster, an assignment and some study, then every administrator's tab."""
    from datetime import date, timedelta

    from literacy_app.ui.staff_sign_in_dialog import StaffSignInDialog

    admin = academy.accounts.sign_in("管理员", "password-123")
    roster = scratch / "花名册.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    academy.roster.apply(admin, roster)
    courses = academy.library().courses
    academy.assignments.assign_to_department(
        admin, courses[0].id, "青川省/青川市", date.today() + timedelta(days=30)
    )
    for tier in Tier:
        academy.assignments.set_hour_target(admin, date.today().year, tier, 20)
    for learner in academy.learners.all()[:4]:
        actor = academy.learners.sign_in(learner.id)
        for course in courses[:3]:
            for lesson in course.lessons[:3]:
                academy.learning.record_reading(actor, course.id, lesson.id, 900, completed=True)
    StaffSignInDialog.ask = classmethod(
        lambda cls, parent, sign_in: sign_in("管理员", "password-123")
    )
    window.signing.admin_sign_in()
    area = window.signing.admin_area
    reports = academy.progress.import_paths(admin, [training_room(academy, admin, scratch)])
    area.progress_tab._show_reports(reports)
    shots = {
        area.dashboard_tab: "admin-overview",
        area.learners_tab: "admin-learners",
        area.assignments_tab: "admin-assignments",
        area.accounts_tab: "admin-accounts",
        area.courses_tab: "admin-courses",
        area.certificate_tab: "admin-certificates",
        area.trust_tab: "admin-trusted",
        area.progress_tab: "admin-progress",
        area.audit_tab: "admin-audit",
    }
    assert len(shots) == area.tabs.count(), "a tab without a screenshot"
    for tab, name in shots.items():
        area.tabs.setCurrentWidget(tab)
        settle(1500 if tab is area.dashboard_tab else 300)
        save(window, f"{name}{suffix}")
    preview(area, suffix)


def preview(area, suffix: str) -> None:
    """The live preview of a shipped course, opened from 课程管理 as a trainer would."""
    tab = area.courses_tab
    tab.table.selectRow(0)
    opened = []
    tab.preview_opened.connect(opened.append)
    tab.preview_button.click()
    settle(800)
    save(opened[0], f"preview{suffix}")
    opened[0].close()


def training_room(academy: Academy, admin, scratch: Path) -> Path:
    """Progress files from an outlying machine (trusted here): one whose learner's 工号 clashes
    with a learner here, a copy cut short, and one from a machine not yet trusted (held)."""
    room = scratch / "room"
    room.mkdir()
    for name, trusted in (("outpost", True), ("unknown", False)):
        other = Academy(AppConfig.resolve(scratch / name, None, None))
        other_admin = other.accounts.create_first_administrator("管理员", "password-123")
        for learner, identifier in (("周明（虚构）", "QC001"), ("何丽（虚构）", f"{name}-7")):
            record = other.roster.add_learner(
                other_admin, name=learner, identifier=identifier,
                department="青川省/白河市/白河县融媒体中心", tier=Tier.OPERATOR,
            )  # fmt: skip
            actor = other.learners.sign_in(record.id)
            course = academy.library().courses[0]
            other.learning.record_reading(
                actor, course.id, course.lessons[0].id, 600, completed=True
            )
        other.progress.export(other_admin, room / f"白河县-{name}.litprog")
        if trusted:
            academy.installation.trust(admin, other.installation.public_key_b64(), "白河县培训点")
            data = (room / f"白河县-{name}.litprog").read_bytes()
            (room / "白河县-copy.litprog").write_bytes(data[: len(data) // 2])
        other.close()
    academy.progress.set_holds_unknown(admin, True)
    return room


if __name__ == "__main__":
    sys.exit(main())
