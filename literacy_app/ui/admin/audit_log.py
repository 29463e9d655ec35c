"""The audit log, newest first: who did what, when, to whom."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.audit import AuditAction, AuditView
from literacy_app.ui.admin.table_model import RowsModel, row_table
from literacy_app.ui.labels import tier_label
from literacy_app.ui.widgets import EmptyState


def subject_text(row: AuditView) -> str:
    """The subject as logged, with a tier's code (which the log keeps, not words) named."""
    details = row.details
    tier = details.get("tier") or (details.get("target") if details.get("kind") == "tier" else None)
    if tier in {t.value for t in Tier}:
        return row.subject.replace(str(tier), tier_label(Tier(tier)))
    return row.subject


class AuditLogTab(QWidget):
    def __init__(self, academy: Academy) -> None:
        super().__init__()
        self._academy = academy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.model: RowsModel[AuditView] = RowsModel(
            [
                (self.tr("时间"), lambda row: row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
                (self.tr("操作人"), lambda row: row.actor_name or self.tr("（安装时）")),
                (self.tr("操作"), lambda row: self.action_label(row.action)),
                (self.tr("对象"), subject_text),
            ]
        )
        self.table = row_table(self.model)
        self.empty = EmptyState(
            "clock", self.tr("还没有管理操作"), self.tr("管理员的每项操作都会记录在这里。")
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def action_label(self, action: AuditAction) -> str:
        return {
            AuditAction.ADMIN_CREATED: self.tr("创建管理员账户"),
            AuditAction.ACCOUNT_CREATED: self.tr("创建账户"),
            AuditAction.ACCOUNT_UNLOCKED: self.tr("解除账户锁定"),
            AuditAction.ACCOUNT_REMOVED: self.tr("删除账户"),
            AuditAction.PASSWORD_RESET: self.tr("重置密码"),
            AuditAction.LEARNER_UNLOCKED: self.tr("解除学员锁定"),
            AuditAction.PIN_RESET: self.tr("重置学员密码"),
            AuditAction.PIN_POLICY_CHANGED: self.tr("更改学员密码要求"),
            AuditAction.LEARNER_ADDED: self.tr("添加学员"),
            AuditAction.LEARNER_UPDATED: self.tr("修改学员信息"),
            AuditAction.ROSTER_IMPORTED: self.tr("导入花名册"),
            AuditAction.COURSE_ASSIGNED: self.tr("分配课程"),
            AuditAction.ASSIGNMENT_REMOVED: self.tr("取消课程分配"),
            AuditAction.HOUR_TARGET_SET: self.tr("设定学时目标"),
            AuditAction.REPORT_EXPORTED: self.tr("导出报表"),
            AuditAction.HOURS_RECORD_PRINTED: self.tr("打印学时证明"),
            AuditAction.INSTALLATION_TRUSTED: self.tr("信任其他安装"),
            AuditAction.INSTALLATION_DISTRUSTED: self.tr("取消信任安装"),
            AuditAction.COURSE_INSTALLED: self.tr("安装课程包"),
            AuditAction.COURSE_REMOVED: self.tr("删除已安装的课程"),
            AuditAction.TRAINER_KEY_TRUSTED: self.tr("信任培训师签名密钥"),
            AuditAction.TRAINER_KEY_DISTRUSTED: self.tr("取消信任培训师签名密钥"),
            AuditAction.PROGRESS_EXPORTED: self.tr("导出学习记录文件"),
            AuditAction.PROGRESS_IMPORTED: self.tr("导入学习记录文件"),
            AuditAction.PROGRESS_REFUSED: self.tr("拒收学习记录文件"),
            AuditAction.PROGRESS_HELD: self.tr("暂存学习记录文件"),
            AuditAction.PROGRESS_HELD_REJECTED: self.tr("拒绝暂存的学习记录文件"),
            AuditAction.LEARNER_CLASH_RESOLVED: self.tr("处理工号冲突"),
        }[action]

    def refresh(self, actor: Actor) -> None:
        rows = self._academy.audit.entries(actor)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
