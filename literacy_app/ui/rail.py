"""The navigation rail: the programme's name, the sections, the learner card and the language link."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from literacy_app.ui.settings import Settings
from literacy_app.ui.theme import ACCENT, MUTED, icon
from literacy_app.ui.widgets import button, label

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class NavigationRail(QFrame):
    """Asks for a section by its row in `SECTION_KEYS`; the window owns what each section shows."""

    SECTION_KEYS = ("path", "catalogue", "daily", "notebook", "scenarios", "records")
    section_requested = Signal(int)
    language_changed = Signal(str)  # the chosen language's name, applied at the next start

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self._settings = settings
        self.setObjectName("navRail")
        self.setFixedWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(label(self.tr("政务新媒体素养学堂"), "appTitle"))
        layout.addWidget(label(self.tr("政策解码 · 舆情研判 · 信息辨识"), "appSubtitle"))
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(20, 20))
        sections = (  # in the order of SECTION_KEYS
            (self.tr("学习路径"), "route"),
            (self.tr("全部课程"), "library-big"),
            (self.tr("每日练习"), "calendar-check"),
            (self.tr("错题本"), "notebook-pen"),
            (self.tr("情景推演"), "messages-square"),
            (self.tr("学习记录"), "history"),
        )
        for text, glyph in sections:
            self.nav.addItem(QListWidgetItem(icon(glyph, MUTED), text))
        self.nav.currentRowChanged.connect(self.section_requested)
        # Clicking the section already selected (to leave a course or a quiz) also goes there.
        self.nav.itemClicked.connect(lambda item: self.section_requested.emit(self.nav.row(item)))
        layout.addWidget(self.nav, 1)
        layout.addWidget(self._build_learner_card())
        footer = QHBoxLayout()
        footer.setContentsMargins(18, 0, 14, 12)
        footer.addWidget(self._build_language_button(), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(footer)

    def _build_learner_card(self) -> QFrame:
        card = self.learner_card = QFrame()
        card.setObjectName("learnerCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 12, 14, 14)
        box.setSpacing(2)
        self.learner_name = label("", "learnerName")
        self.learner_meta = label("", "learnerMeta")
        box.addWidget(self.learner_name)
        box.addWidget(self.learner_meta)
        self.switch_button = button(self.tr("切换或新建学员"), link=True)
        self.switch_button.setIcon(icon("user-round", ACCENT, 16))
        self.switch_menu = QMenu(self)  # filled by the window each time it opens
        self.switch_button.setMenu(self.switch_menu)
        box.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _build_language_button(self) -> QPushButton:
        """A choice of interface language, applied at the next start (every text would change)."""
        self.language_button = button(self.tr("界面语言"), link=True)
        self.language_button.setIcon(icon("languages", MUTED, 16))
        menu = QMenu(self)
        group = QActionGroup(menu)
        application = QCoreApplication.instance()
        current = self._settings.language or (application and application.property("language"))
        for code, name in LANGUAGES:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._choose_language)
        self.language_button.setMenu(menu)
        return self.language_button

    def _choose_language(self, action: QAction) -> None:
        self._settings.language = action.data()
        self.language_changed.emit(action.text())

    def set_usable(self, usable: bool) -> None:
        """Sections and the learner card wait until the core is open."""
        self.nav.setEnabled(usable)
        self.learner_card.setEnabled(usable)

    def set_sections_usable(self, usable: bool) -> None:
        """The learner's sections are hidden while no learner is signed in (an administrator is,
        or nobody); disabled ones would look the same in this style sheet. The list keeps its
        place, so the card stays at the bottom."""
        if not usable:
            self.nav.setCurrentRow(-1)
        for row in range(self.nav.count()):
            self.nav.item(row).setHidden(not usable)
        self.nav.setEnabled(usable)

    def show_learner(self, name: str, meta: str) -> None:
        self.learner_name.setText(name)
        self.learner_meta.setText(meta)

    def select(self, row: int) -> None:
        """Mark a section as current; a row already current asks for it again (to refresh it)."""
        if self.nav.currentRow() == row:
            self.section_requested.emit(row)
        else:
            self.nav.setCurrentRow(row)
