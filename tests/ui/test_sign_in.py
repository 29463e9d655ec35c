"""Who is signed in to the window: the administrator set-up, staff sign-in into the admin area
and back, learners' PINs on switching and at start, the policy, and the accounts tab."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from literacy_app.content.model import Tier
from literacy_app.services.acting import Role
from literacy_app.ui.admin.account_dialog import AccountDialog
from literacy_app.ui.admin_setup_dialog import AdminSetupDialog
from literacy_app.ui.pin_dialog import PinDialog
from literacy_app.ui.pin_prompt import PinPrompt
from literacy_app.ui.profile_dialog import ProfileInput
from literacy_app.ui.staff_sign_in_dialog import StaffSignInDialog

from ..engine_content import write_engine_content

ADMIN, PASSWORD = "管理员", "password-123"


@pytest.fixture
def academy(make_academy, tmp_path):
    return make_academy(write_engine_content(tmp_path / "content"))


def answer(monkeypatch, dialog_class, *steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Each time the dialog is shown, the next step fills it in and presses its buttons, as a
    user would; a dialog still open after its step is cancelled. Returns the dialogs shown."""
    shown: list[QDialog] = []
    queue = list(steps)

    def exec_(self) -> int:
        shown.append(self)
        queue.pop(0)(self)
        if self.isVisible() or self.result() != QDialog.DialogCode.Accepted:
            self.reject()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def press(dialog: QDialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    dialog.findChild(QDialogButtonBox).button(which).click()


def sign_in_as(name: str, password: str) -> Callable[[QDialog], None]:
    def step(dialog) -> None:
        dialog.name.setText(name)
        dialog.password.setText(password)
        press(dialog)

    return step


def type_pin(pin: str) -> Callable[[QDialog], None]:
    def step(dialog) -> None:
        dialog.pin.setText(pin)
        press(dialog)

    return step


def menu_action(window, text: str):
    window.signing.fill_switch_menu()
    return next(a for a in window.rail.switch_menu.actions() if a.text().startswith(text))


def test_a_fresh_installation_asks_for_an_administrator_first_and_again_while_none_exists(
    academy, open_window, profile_answer, admin_setup
) -> None:
    answers, asked_profile = profile_answer
    admin_answers, asked_admin = admin_setup
    answers.append((ProfileInput("张明", "", Tier.PUBLIC), True))
    window = open_window(academy)
    assert (asked_admin, asked_profile) == ([True], [True])  # set-up first, skipped
    assert window.rail.learner_name.text() == "张明"
    window.close()
    admin_answers.append((ADMIN, PASSWORD))
    window = open_window(academy)
    assert len(asked_admin) == 2
    assert not academy.accounts.needs_administrator()
    assert "管理员账户已创建" in window.statusBar().currentMessage()
    window.close()
    open_window(academy)
    assert len(asked_admin) == 2  # never again once there is one


def test_the_set_up_dialog_checks_the_passwords_and_shows_the_services_refusal(academy, qtbot):
    dialog = AdminSetupDialog(None, academy.accounts.create_first_administrator)
    qtbot.addWidget(dialog)
    dialog.name.setText(ADMIN)
    dialog.password.setText(PASSWORD)
    dialog.again.setText("password-124")
    press(dialog)
    assert dialog.error.text() == "两次输入的密码不一致。" and dialog.result() == 0
    dialog.password.setText("short")
    dialog.again.setText("short")
    press(dialog)
    assert dialog.error.text() == "密码至少 8 个字符。" and dialog.result() == 0
    assert academy.accounts.needs_administrator()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    press(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome.role is Role.ADMINISTRATOR


def test_an_administrator_signs_in_sees_the_area_and_returns_to_the_learner(
    academy, open_window, monkeypatch
) -> None:
    academy.learners.create("张明", "", Tier.PUBLIC)
    academy.accounts.create_first_administrator(ADMIN, PASSWORD)
    window = open_window(academy)
    shown = answer(
        monkeypatch,
        StaffSignInDialog,
        sign_in_as(ADMIN, "wrong-password"),
        sign_in_as(ADMIN, PASSWORD),
    )
    menu_action(window, "管理员登录").trigger()
    assert shown[0].error.text() == "用户名或密码不正确。"
    assert window.stack.currentWidget() is not window.signing.admin_area
    menu_action(window, "管理员登录").trigger()
    area = window.signing.admin_area
    assert window.stack.currentWidget() is area
    assert area.header.subtitle.text() == f"管理员：{ADMIN}"
    assert window.rail.learner_name.text() == ADMIN and not window.rail.nav.isEnabled()
    assert all(window.rail.nav.item(row).isHidden() for row in range(window.rail.nav.count()))
    area.tabs.setCurrentWidget(area.accounts_tab)
    tab = area.accounts_tab
    assert tab.staff_model.data(tab.staff_model.index(0, 0)) == ADMIN
    assert tab.staff_model.data(tab.staff_model.index(0, 1)) == "管理员"
    # A learner's page cannot be reached while administering.
    window.rail.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is area

    qtbot_click(area.sign_out)
    assert window.rail.learner_name.text() == "张明" and window.rail.nav.isEnabled()
    assert not window.rail.nav.item(0).isHidden()
    assert window.stack.currentWidget() is window.path_page
    assert area.actor is None
    assert menu_action(window, "管理员登录")


def qtbot_click(button) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_trainer_signs_in_to_the_course_area_and_leaves_it(academy, open_window, monkeypatch):
    academy.learners.create("张明", "", Tier.PUBLIC)
    admin = academy.accounts.create_first_administrator(ADMIN, PASSWORD)
    academy.accounts.create_account(admin, "赵培训", Role.TRAINER, PASSWORD)
    window = open_window(academy)
    answer(monkeypatch, StaffSignInDialog, sign_in_as("赵培训", PASSWORD))
    menu_action(window, "管理员登录").trigger()
    area = window.signing.trainer_area
    assert window.stack.currentWidget() is area and window.signing.admin_area is None
    assert area.header.subtitle.text() == "培训师：赵培训"
    assert window.rail.learner_name.text() == "赵培训" and not window.rail.nav.isEnabled()
    assert area.courses_tab.model.rowCount() == 1 and area.courses_tab.keys_box.isHidden()
    qtbot_click(area.sign_out)
    assert window.stack.currentWidget() is window.path_page and area.actor is None
    assert window.actor.role is Role.LEARNER


def test_switching_to_a_learner_with_a_pin_asks_for_it_and_refuses_a_wrong_one(
    academy, open_window, monkeypatch
) -> None:
    _, protected = academy.learners.create("李雷", "", Tier.LEADER)
    academy.learners.set_pin(protected, "2468")
    academy.learners.create("张明", "", Tier.PUBLIC)  # studied last, no PIN: opened at start
    window = open_window(academy)
    assert window.rail.learner_name.text() == "张明"
    shown = answer(monkeypatch, PinPrompt, type_pin("1357"), type_pin("2468"))
    menu_action(window, "李雷").trigger()
    prompt = shown[0]
    assert prompt.pin.echoMode() == prompt.pin.EchoMode.Password
    assert prompt.error.text() == "登录密码不正确。"
    assert window.rail.learner_name.text() == "张明"  # given up: nothing changed
    menu_action(window, "李雷").trigger()
    assert window.rail.learner_name.text() == "李雷"
    assert window.actor == protected
    assert "领导干部" in window.path_page.header.subtitle.text()


def test_a_protected_profile_is_not_opened_at_start_without_its_pin(
    academy, open_window, monkeypatch, profile_answer
) -> None:
    _, actor = academy.learners.create("李雷", "", Tier.LEADER)
    academy.learners.set_pin(actor, "2468")
    shown = answer(monkeypatch, PinPrompt, lambda dialog: None)  # closed without a PIN
    window = open_window(academy)
    assert len(shown) == 1
    heading = shown[0].findChild(type(window.rail.learner_name), "sectionTitle")
    assert heading.text() == "请输入“李雷”的登录密码"
    assert window.actor is None and window.learner is None
    assert window.stack.currentWidget() is window.signing.signed_out_page
    assert not window.rail.nav.isEnabled()
    assert profile_answer[1] == []  # nobody was asked to make a new profile
    answer(monkeypatch, PinPrompt, type_pin("2468"))
    menu_action(window, "李雷").trigger()
    assert window.actor == actor and window.stack.currentWidget() is window.path_page


def test_when_pins_are_required_a_new_learner_sets_one_before_studying(
    academy, open_window, monkeypatch, profile_answer
) -> None:
    admin = academy.accounts.create_first_administrator(ADMIN, PASSWORD)
    academy.learners.set_pin_required(admin, True)
    answers, _ = profile_answer
    answers.append((ProfileInput("张明", "", Tier.PUBLIC), True))

    def set_pin(dialog) -> None:
        assert "设置后才能开始学习" in dialog.explanation.text()
        assert dialog.remove_button is None  # required: it can be changed, never removed
        dialog.new.setText("2468")
        dialog.again.setText("2468")
        press(dialog)

    answer(monkeypatch, PinDialog, set_pin)
    window = open_window(academy)
    assert window.learner.name == "张明" and window.learner.has_pin
    assert window.stack.currentWidget() is window.path_page
    assert academy.learners.current() is None  # the next start will ask for it

    # Another new learner declines: they are signed out rather than let in without a PIN.
    answers.append((ProfileInput("李雷", "", Tier.PUBLIC), True))
    answer(monkeypatch, PinDialog, lambda dialog: None)
    menu_action(window, "新建学员").trigger()
    assert window.actor is None
    assert window.stack.currentWidget() is window.signing.signed_out_page


def test_a_learner_sets_changes_and_removes_their_own_pin(academy, open_window, monkeypatch):
    view, actor = academy.learners.create("张明", "", Tier.PUBLIC)
    window = open_window(academy)

    def set_first(dialog) -> None:
        assert not dialog.current.isVisibleTo(dialog)
        dialog.new.setText("2468")
        dialog.again.setText("2468")
        press(dialog)

    def change(dialog) -> None:
        dialog.current.setText("0000")
        dialog.new.setText("13579")
        dialog.again.setText("13579")
        press(dialog)
        assert dialog.error.text() == "登录密码不正确。"
        dialog.current.setText("2468")
        press(dialog)

    def remove(dialog) -> None:
        dialog.current.setText("13579")
        dialog.remove_button.click()

    answer(monkeypatch, PinDialog, set_first, change, remove)
    menu_action(window, "设置登录密码").trigger()
    assert window.statusBar().currentMessage() == "登录密码已保存" and window.learner.has_pin
    menu_action(window, "设置登录密码").trigger()
    assert academy.learners.sign_in(view.id, "13579") == actor
    menu_action(window, "设置登录密码").trigger()
    assert window.statusBar().currentMessage() == "登录密码已删除"
    assert academy.learners.current() == actor


def test_the_accounts_tab_creates_accounts_and_frees_a_locked_learner(
    academy, open_window, monkeypatch
) -> None:
    from literacy_app.store.models import Learner

    view, learner = academy.learners.create("张明", "", Tier.PUBLIC)
    academy.learners.set_pin(learner, "2468")
    with academy.learners._sessions.begin() as session:
        locked = session.get(Learner, view.id)
        locked.locked, locked.failed_sign_ins = True, 10
    admin = academy.accounts.create_first_administrator(ADMIN, PASSWORD)
    prompts = answer(monkeypatch, PinPrompt, type_pin("2468"))
    window = open_window(academy)
    assert prompts[0].error.text().startswith("该学员档案因连续输错密码已被锁定")
    assert window.actor is None
    answer(monkeypatch, StaffSignInDialog, sign_in_as(ADMIN, PASSWORD))
    menu_action(window, "管理员登录").trigger()
    area = window.signing.admin_area
    area.tabs.setCurrentWidget(area.accounts_tab)
    tab = area.accounts_tab
    assert tab.learner_model.data(tab.learner_model.index(0, 3)) == "已设登录密码，已锁定"

    def create(dialog) -> None:
        dialog.name.setText("赵培训")
        dialog.password.setText("trainer-pass")
        dialog.again.setText("trainer-pass")
        press(dialog)

    answer(monkeypatch, AccountDialog, create)
    tab.create_button.click()
    assert [tab.staff_model.data(tab.staff_model.index(r, 0)) for r in range(2)] == [
        ADMIN,
        "赵培训",
    ]
    assert academy.accounts.sign_in("赵培训", "trainer-pass").role is Role.TRAINER
    tab.staff_table.selectRow(0)
    assert not tab.remove_button.isEnabled()  # one's own account

    tab.learner_table.selectRow(0)
    assert tab.unlock_learner_button.isEnabled()
    tab.unlock_learner_button.click()
    assert academy.learners.sign_in(view.id, "2468") == learner
    tab.learner_table.selectRow(0)
    monkeypatch.setattr("literacy_app.ui.admin.accounts_tab.confirm", lambda *a: True)
    tab.clear_pin_button.click()
    assert academy.learners.sign_in(view.id) == learner
    assert tab.learners_empty.isVisibleTo(tab) and not tab.learner_table.isVisibleTo(tab)

    tab.pin_required.click()
    assert academy.learners.pin_required()
    actions = [entry.action.value for entry in academy.audit.entries(admin)]
    assert actions[:4] == ["pin_policy_changed", "pin_reset", "learner_unlocked", "account_created"]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_sign_in_dialog_opens_in_each_language(qapp, academy, language) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from literacy_app.ui.app import create_application

    create_application(language)
    try:
        dialogs = [
            AdminSetupDialog(None, academy.accounts.create_first_administrator),
            StaffSignInDialog(None, academy.accounts.sign_in),
            PinPrompt(None, "张明", lambda pin: None),
            PinDialog(None, lambda new, current: None, has_pin=True, required=False),
            AccountDialog(None, lambda *args: None),
            AccountDialog(None, lambda *args: None, "赵培训"),
        ]
        for dialog in dialogs:
            texts = [
                w.text()
                for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
                if w.isVisibleTo(dialog) and w.text()
            ]
            assert texts, dialog
            if language == "en":
                # People's names are theirs, in any language; everything around them is English.
                names = re.compile("张明|赵培训")
                chinese = [t for t in texts if re.search(r"[\u4e00-\u9fff]", names.sub("", t))]
                assert not chinese, chinese
            dialog.deleteLater()
    finally:
        create_application("zh_CN")


def test_after_a_roster_import_the_window_opens_signed_out(open_window, academy) -> None:
    from literacy_app.services.roster import RosterService

    admin = academy.accounts.create_first_administrator("管理员", "password-123")
    roster: RosterService = academy.roster
    roster.add_learner(admin, name="李文", identifier="QC001", department="某县", tier="operator")
    window = open_window(academy)
    assert window.actor is None and window.learner is None
    assert window.stack.currentWidget() is window.signing.signed_out_page
