"""Checking a certificate: a code typed from the paper or a PDF chosen from disk, and the verdict
with the certificate's fields to compare against the paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from literacy_app.catalogue import describe
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.certificates import CertificateCheck, Verdict
from literacy_app.ui.tasks import Operation
from literacy_app.ui.widgets import EmptyState, badge, button, clear_layout, label


class CertificateCheckTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(
            label(
                self.tr(
                    "输入证书下方的验证码，或选择证书 PDF 文件。查验不需要联网；"
                    "其他安装签发的证书，需先在“信任的安装”中加入对方的公钥。"
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.code_input = QLineEdit()
        self.code_input.setPlaceholderText(self.tr("验证码，如 ABCD-EFGH-JKMN-PQRS"))
        self.code_input.returnPressed.connect(self._check_code)
        row.addWidget(self.code_input, 1)
        self.check_button = button(self.tr("查验验证码"), primary=True)
        self.check_button.clicked.connect(self._check_code)
        row.addWidget(self.check_button)
        self.file_button = button(self.tr("选择证书文件……"))
        self.file_button.clicked.connect(self._check_file)
        row.addWidget(self.file_button)
        layout.addLayout(row)

        self.empty = EmptyState(
            "award",
            self.tr("还没有查验证书"),
            self.tr("查验结果会显示在这里，并列出证书内容，便于与纸质证书逐项核对。"),
        )
        layout.addWidget(self.empty)
        self.result = QFrame()
        self.result.setObjectName("card")
        self._result_layout = QVBoxLayout(self.result)
        self._result_layout.setContentsMargins(22, 16, 22, 16)
        self._result_layout.setSpacing(10)
        self.result.hide()
        layout.addWidget(self.result)
        layout.addStretch()
        self.last_check: CertificateCheck | None = None

    def refresh(self, actor: Actor) -> None:
        """Nothing to reload: a check stands on its own until the next one."""

    def _check_code(self) -> None:
        text = self.code_input.text().strip()
        if text:
            self._run(text)

    def _check_file(self) -> None:
        path = self.choose_file()
        if path is not None:
            self._run(path)

    def choose_file(self) -> Path | None:
        """The certificate PDF to check, asked in a file chooser; None when cancelled."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择结业证书"), "", self.tr("PDF 文件 (*.pdf);;所有文件 (*)")
        )
        return Path(chosen) if chosen else None

    def _run(self, target: str | Path) -> None:
        certificates = self._academy.certificates
        Operation(self, lambda _job: certificates.verify(target), self.show_check).run()

    def show_check(self, check: CertificateCheck) -> None:
        self.last_check = check
        # Hidden at once: deleted widgets linger on screen until the event loop gets to them.
        for old in self.result.findChildren(QWidget):
            old.hide()
        clear_layout(self._result_layout)
        verdicts = {
            Verdict.GENUINE: (self.tr("真实"), "Passed"),
            Verdict.TAMPERED: (self.tr("已被改动"), "Failed"),
            Verdict.UNKNOWN_ISSUER: (self.tr("签发者未受信任"), "Failed"),
            Verdict.NOT_FOUND: (self.tr("未找到"), "Failed"),
            Verdict.NOT_A_CERTIFICATE: (self.tr("不是证书文件"), "Failed"),
        }
        text, kind = verdicts[check.verdict]
        top = QHBoxLayout()
        top.addWidget(badge(text, kind))
        top.addStretch()
        self._result_layout.addLayout(top)
        self._result_layout.addWidget(label(describe(check.message), "cardSummary"))
        fields = check.fields
        if fields is not None:
            form = QFormLayout()
            form.setHorizontalSpacing(18)
            rows = [
                (self.tr("姓名"), fields.learner_name),
                (self.tr("单位"), fields.department),
                (self.tr("工号"), fields.identifier),
                (self.tr("课程"), fields.course_title),
                (self.tr("学时"), f"{fields.hours:g}"),
                (self.tr("成绩"), "—" if fields.score is None else f"{fields.score:g}"),
                (self.tr("完成日期"), fields.completed_on.isoformat()),
                (
                    self.tr("签发时间"),
                    fields.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
                (self.tr("验证码"), check.code or ""),
                (self.tr("签发安装的公钥指纹"), check.fingerprint or ""),
                (self.tr("证书编号"), fields.certificate_id),
            ]
            for caption, value in rows:
                if value:
                    form.addRow(label(caption, "muted"), label(value))
            self._result_layout.addLayout(form)
        self.empty.hide()
        self.result.show()
