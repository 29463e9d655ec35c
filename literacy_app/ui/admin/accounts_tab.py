"""Accounts and security: staff accounts (create, reset a password, unlock, remove), learners with a
PIN or a lock (unlock, clear the PIN), and whether every learner must protect their profile."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from literacy_app.services.academy import Academy
from literacy_app.services.accounts import StaffView
from literacy_app.services.acting import Actor
from literacy_app.services.learners import GuardedLearnerView
from literacy_app.ui.admin.account_dialog import AccountDialog, role_label
from literacy_app.ui.admin.table_model import RowsModel, row_table, selected_row
from literacy_app.ui.errors import show_error
from literacy_app.ui.prompts import confirm
from literacy_app.ui.widgets import EmptyState, button, label

R = TypeVar("R")


class AccountsTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        self._actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)

        # Each section: its title and its actions on one line, then its table. Staff accounts are
        # few; the learners' table gets the room.
        self.staff_model: RowsModel[StaffView] = RowsModel(
            _columns(
                [self.tr("登录名"), self.tr("角色"), self.tr("状态"), self.tr("最近登录")],
                self._staff_cells,
            )
        )
        self.staff_table = row_table(self.staff_model)
        self.create_button = button(self.tr("新建账户……"), primary=True)
        self.reset_button = button(self.tr("重置密码……"))
        self.unlock_staff_button = button(self.tr("解除锁定"))
        self.remove_button = button(self.tr("删除账户"))
        layout.addLayout(
            _row(
                label(self.tr("管理员与培训师账户"), "sectionTitle", wrap=False),
                self.create_button, self.reset_button, self.unlock_staff_button,
                self.remove_button,
            )
        )  # fmt: skip
        layout.addWidget(self.staff_table, 2)

        self.pin_required = QCheckBox(self.tr("学员必须设置登录密码"))
        self.pin_required.setToolTip(
            self.tr("开启后，没有登录密码的学员在开始学习前必须先设置一个。")
        )
        self.pin_required.clicked.connect(self._policy_clicked)
        self.unlock_learner_button = button(self.tr("解除锁定"))
        self.clear_pin_button = button(self.tr("清除登录密码"))
        layout.addSpacing(8)
        layout.addLayout(
            _row(
                label(self.tr("学员登录密码"), "sectionTitle", wrap=False),
                self.pin_required, self.unlock_learner_button, self.clear_pin_button,
            )
        )  # fmt: skip
        layout.addWidget(
            label(
                self.tr(
                    "学员忘记密码或因连续输错被锁定时，在下表中选中该学员，清除密码或解除锁定。"
                ),
                "muted",
            )
        )
        self.learner_model: RowsModel[GuardedLearnerView] = RowsModel(
            _columns(
                [self.tr("姓名"), self.tr("单位或部门"), self.tr("工号"), self.tr("状态")],
                self._learner_cells,
            )
        )
        self.learner_table = row_table(self.learner_model)
        self.learners_empty = EmptyState(
            "user-round",
            self.tr("没有设置登录密码的学员"),
            self.tr("学员可在“切换或新建学员”菜单中为自己的档案设置登录密码。"),
        )
        layout.addWidget(self.learners_empty)
        layout.addWidget(self.learner_table, 3)
        layout.addStretch(0)

        self.create_button.clicked.connect(self._create)
        self.reset_button.clicked.connect(self._reset)
        self.unlock_staff_button.clicked.connect(self._unlock_staff)
        self.remove_button.clicked.connect(self._remove)
        self.unlock_learner_button.clicked.connect(self._unlock_learner)
        self.clear_pin_button.clicked.connect(self._clear_pin)
        for table in (self.staff_table, self.learner_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- showing --------------------------------------------------------------------------------
    def refresh(self, actor: Actor) -> None:
        self._actor = actor
        self.staff_model.set_rows(self._academy.accounts.staff(actor))
        learners = self._academy.learners.guarded(actor)
        self.learner_model.set_rows(learners)
        self.learner_table.setVisible(bool(learners))
        self.learners_empty.setVisible(not learners)
        self.pin_required.setChecked(self._academy.learners.pin_required())
        self._update_buttons()

    def _staff_cells(self, account: StaffView) -> Sequence[str]:
        if account.locked:
            state = self.tr("已锁定")
        elif account.failed_sign_ins:
            state = self.tr("连续输错 %1 次").replace("%1", str(account.failed_sign_ins))
        else:
            state = self.tr("正常")
        signed_in = account.last_sign_in_at
        last = signed_in.astimezone().strftime("%Y-%m-%d %H:%M") if signed_in else self.tr("从未")
        return (account.name, role_label(account.role), state, last)

    def _learner_cells(self, learner: GuardedLearnerView) -> Sequence[str]:
        states = [self.tr("已设登录密码")] if learner.has_pin else []
        if learner.locked:
            states.append(self.tr("已锁定"))
        elif learner.failed_sign_ins:
            states.append(self.tr("连续输错 %1 次").replace("%1", str(learner.failed_sign_ins)))
        return (learner.name, learner.department, learner.identifier or "", "，".join(states))

    def selected_staff(self) -> StaffView | None:
        return selected_row(self.staff_table, self.staff_model)

    def selected_learner(self) -> GuardedLearnerView | None:
        return selected_row(self.learner_table, self.learner_model)

    def _update_buttons(self) -> None:
        account = self.selected_staff()
        self.reset_button.setEnabled(account is not None)
        self.unlock_staff_button.setEnabled(account is not None and account.locked)
        self.remove_button.setEnabled(account is not None and account.id != self._own_id())
        learner = self.selected_learner()
        self.unlock_learner_button.setEnabled(learner is not None and learner.locked)
        self.clear_pin_button.setEnabled(learner is not None and learner.has_pin)

    def _own_id(self) -> uuid.UUID | None:
        return self._actor.user_id if self._actor else None

    # -- acting ---------------------------------------------------------------------------------
    def _act(self, action: Callable[[Actor], object]) -> None:
        """Run an administrative action as the signed-in administrator, then show the result."""
        if self._actor is None:
            return
        try:
            action(self._actor)
        except Exception as error:
            show_error(self, error)
        self.refresh(self._actor)

    def _create(self) -> None:
        create = self._academy.accounts.create_account
        self._act(lambda actor: AccountDialog.new_account(self, partial(create, actor)))

    def _reset(self) -> None:
        account = self.selected_staff()
        if account is None:
            return
        reset = self._academy.accounts.reset_password
        self._act(
            lambda actor: AccountDialog.new_password(
                self, account.name, partial(reset, actor, account.id)
            )
        )

    def _unlock_staff(self) -> None:
        if (account := self.selected_staff()) is not None:
            self._act(lambda actor: self._academy.accounts.unlock(actor, account.id))

    def _remove(self) -> None:
        account = self.selected_staff()
        if account is None:
            return
        question = self.tr("删除账户“%1”？删除后该账户不能再登录，操作日志中的记录保留。")
        if confirm(self, self.tr("删除账户"), question.replace("%1", account.name)):
            self._act(lambda actor: self._academy.accounts.remove_account(actor, account.id))

    def _unlock_learner(self) -> None:
        if (learner := self.selected_learner()) is not None:
            self._act(lambda actor: self._academy.learners.unlock(actor, learner.id))

    def _clear_pin(self) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        question = self.tr(
            "清除“%1”的登录密码？该学员下次切换到自己的档案时无需输入密码，可重新设置。"
        )
        if confirm(self, self.tr("清除登录密码"), question.replace("%1", learner.name)):
            self._act(lambda actor: self._academy.learners.clear_pin(actor, learner.id))

    def _policy_clicked(self, checked: bool) -> None:
        self._act(lambda actor: self._academy.learners.set_pin_required(actor, checked))


def _row(title: QWidget, *controls: QWidget) -> QHBoxLayout:
    """A section's title on the left, its controls on the right."""
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(title)
    row.addStretch(1)
    for widget in controls:
        row.addWidget(widget)
    return row


def _columns(
    headers: Sequence[str], cells: Callable[[R], Sequence[str]]
) -> list[tuple[str, Callable[[R], str]]]:
    """Columns for `RowsModel` from headers and one function giving a row's cells."""

    def cell(n: int) -> Callable[[R], str]:
        return lambda row: cells(row)[n]

    return [(header, cell(n)) for n, header in enumerate(headers)]
