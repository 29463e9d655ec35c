"""Who the window acts for: the learner (asked for their PIN when their profile has one), the
fresh installation's administrator set-up, and the administrator's way into the admin area and
back. The window holds the result (`actor`, `learner`); this decides how it changes."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from literacy_app.services.acting import Actor, Role, require
from literacy_app.ui.errors import show_error
from literacy_app.ui.pages.signed_out import SignedOutPage

if TYPE_CHECKING:
    from literacy_app.services.academy import Academy
    from literacy_app.services.learners import LearnerView
    from literacy_app.ui.admin.area import AdminArea
    from literacy_app.ui.courses.trainer_area import TrainerArea
    from literacy_app.ui.main_window import MainWindow


class SignInFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.admin_area: AdminArea | None = None  # built the first time an administrator signs in
        self.trainer_area: TrainerArea | None = None  # and this the first time a trainer does
        self.signed_out_page = SignedOutPage()
        window.stack.addWidget(self.signed_out_page)

    @property
    def core(self) -> Academy:
        return self.window.core

    @property
    def administering(self) -> bool:
        actor = self.window.actor
        return actor is not None and actor.role in (Role.ADMINISTRATOR, Role.TRAINER)

    # -- start-up -------------------------------------------------------------------------------
    def offer_admin_setup(self) -> None:
        """While nobody administers the installation, ask at each start for someone to."""
        from literacy_app.ui.admin_setup_dialog import AdminSetupDialog

        if not self.core.accounts.needs_administrator():
            return
        if AdminSetupDialog.ask(self.window, self.core.accounts.create_first_administrator):
            self.window.statusBar().showMessage(
                self.tr("管理员账户已创建。以后可从“切换或新建学员”菜单中的“管理员登录”进入管理。")
            )

    def enter_learner_side(self, *, first_start: bool = False) -> bool:
        """Sign in the learner who studied last (asking their PIN), or create the first profile.

        False only when there is no profile and the user declined to create one; a PIN prompt
        given up leaves the window signed out, choosing from the switch menu.
        """
        last = self.core.learners.last()
        if last is None and self.core.learners.all():
            # Only people an administrator added, none of whom has studied here yet: nobody is
            # opened by default; each chooses their own profile from the switch menu.
            self.sign_out()
            return True
        if last is None:
            return self.create_learner(first_start=first_start)
        if not self.open_profile(last) and self.window.actor is None:
            self.sign_out()
        return True

    # -- learners -------------------------------------------------------------------------------
    def create_learner(self, *, first_start: bool = False) -> bool:
        from literacy_app.ui.profile_dialog import ProfileDialog

        while True:
            value, accepted = ProfileDialog.get_profile(self.window, first_start=first_start)
            if not accepted or value is None:
                return False
            try:
                learner, actor = self.core.learners.create(value.name, value.department, value.tier)
            except Exception as error:
                show_error(self.window, error)
                continue
            return self._signed_in(actor, learner)

    def open_profile(self, learner: LearnerView) -> bool:
        """Sign in as `learner`, with their PIN if they have one. Given up or refused, the window
        stays as it was."""
        from literacy_app.ui.pin_prompt import PinPrompt

        sign_in = partial(self.core.learners.sign_in, learner.id)
        if learner.has_pin:
            actor = PinPrompt.ask(self.window, learner.name, sign_in)
        else:
            try:
                actor = sign_in()
            except Exception as error:
                show_error(self.window, error)
                return False
        return actor is not None and self._signed_in(actor)

    def _signed_in(self, actor: Actor, learner: LearnerView | None = None) -> bool:
        """Show the learner's side for `actor`; when the policy requires a PIN they have not set,
        they set one now or are signed out."""
        from literacy_app.ui.labels import learner_meta
        from literacy_app.ui.pin_dialog import PinDialog

        window, learners = self.window, self.core.learners
        self._close_admin_area()
        window.actor = actor
        window.learner = learner = learner or learners.profile(actor)
        window.rail.show_learner(learner.name, learner_meta(learner.tier, learner.department))
        window.rail.set_sections_usable(True)
        if learners.must_set_pin(actor):
            save = partial(learners.set_pin, actor)
            if not PinDialog.ask(window, save, has_pin=False, required=True, mandatory=True):
                self.sign_out()
                return False
            window.learner = learners.profile(actor)
        return True

    def switch_learner(self, learner: LearnerView) -> None:
        self.window.lesson_page.stop_reading()
        if self.open_profile(learner):
            self.window.rail.select(0)

    def new_learner(self) -> None:
        self.window.lesson_page.stop_reading()
        if self.create_learner():
            self.window.rail.select(0)

    def set_own_pin(self) -> None:
        from literacy_app.ui.pin_dialog import PinDialog

        window, learners = self.window, self.core.learners
        learner, actor = window.learner, window.actor
        if learner is None or actor is None:
            return
        save = partial(learners.set_pin, actor)
        if PinDialog.ask(window, save, has_pin=learner.has_pin, required=learners.pin_required()):
            window.learner = learners.profile(actor)
            window.statusBar().showMessage(
                self.tr("登录密码已保存") if window.learner.has_pin else self.tr("登录密码已删除")
            )

    def sign_out(self) -> None:
        """Nobody acts: the sections are closed until someone is chosen from the switch menu."""
        window = self.window
        window.lesson_page.stop_reading()
        self._close_admin_area()
        window.actor = None
        window.learner = None
        window.rail.show_learner(self.tr("未选择学员"), self.tr("请从下面的菜单选择"))
        window.rail.set_sections_usable(False)
        window.stack.setCurrentWidget(self.signed_out_page)

    # -- administrators -------------------------------------------------------------------------
    def admin_sign_in(self) -> None:
        """An administrator or trainer signs in; their area replaces the learner's side."""
        from literacy_app.ui.staff_sign_in_dialog import StaffSignInDialog

        accounts = self.core.accounts
        names: list[str] = []

        def sign_in(name: str, password: str) -> Actor:
            actor = accounts.sign_in(name, password)
            require(actor, Role.ADMINISTRATOR, Role.TRAINER)
            names.append(name)
            return actor

        actor = StaffSignInDialog.ask(self.window, sign_in)
        if actor is None:
            return
        window = self.window
        window.lesson_page.stop_reading()
        window.actor = actor
        window.learner = None
        trainer = actor.role is Role.TRAINER
        window.rail.show_learner(names[-1], self.tr("培训师") if trainer else self.tr("管理员"))
        window.rail.set_sections_usable(False)
        area = self._trainer_area() if trainer else self._area()
        window.stack.setCurrentWidget(area)
        area.show_for(actor, names[-1])

    def leave_admin(self) -> None:
        """Back to the learner who studied last, asking their PIN if they have one."""
        self._close_admin_area()
        self.window.actor = None
        if not self.enter_learner_side():
            self.sign_out()
        elif self.window.actor is not None:
            self.window.rail.select(0)

    def _area(self) -> AdminArea:
        if self.admin_area is None:
            from literacy_app.ui.admin.area import AdminArea

            self.admin_area = AdminArea(self.core)
            self.admin_area.sign_out_requested.connect(self.leave_admin)
            self.window.stack.addWidget(self.admin_area)
        return self.admin_area

    def _trainer_area(self) -> TrainerArea:
        if self.trainer_area is None:
            from literacy_app.ui.courses.trainer_area import TrainerArea

            self.trainer_area = TrainerArea(self.core)
            self.trainer_area.sign_out_requested.connect(self.leave_admin)
            self.window.stack.addWidget(self.trainer_area)
        return self.trainer_area

    def _close_admin_area(self) -> None:
        # The area keeps no actor once left: nothing in it can act for the administrator any more.
        for area in (self.admin_area, self.trainer_area):
            if area is not None:
                area.actor = None

    # -- the switch menu ------------------------------------------------------------------------
    def fill_switch_menu(self) -> None:
        from literacy_app.ui.labels import tier_label

        window = self.window
        menu = window.rail.switch_menu
        menu.clear()
        current = window.learner
        for learner in self.core.learners.all():
            # A lone "&" in a menu marks a shortcut letter and is not shown: double it.
            name = learner.name.replace("&", "&&")
            action = QAction(f"{name}（{tier_label(learner.tier)}）", menu)
            action.setCheckable(True)
            action.setChecked(current is not None and learner.id == current.id)
            action.triggered.connect(lambda _=False, chosen=learner: self.switch_learner(chosen))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("新建学员……")).triggered.connect(self.new_learner)
        if current is not None:
            menu.addAction(self.tr("设置登录密码……")).triggered.connect(self.set_own_pin)
        menu.addSeparator()
        if self.administering:
            menu.addAction(self.tr("退出管理")).triggered.connect(self.leave_admin)
        elif self.core.accounts.needs_administrator():
            # "Not now" at start-up is not the end of it: the set-up stays one click away.
            menu.addAction(self.tr("设置管理员账户……")).triggered.connect(self.offer_admin_setup)
        else:
            menu.addAction(self.tr("管理员登录……")).triggered.connect(self.admin_sign_in)
