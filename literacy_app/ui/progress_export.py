"""Exporting a progress file from the window: a learner's own records (学习记录 page) or, for an
administrator, everything (the import tab). One save dialog, the work off the GUI thread, and a
message saying where the file is and what it holds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from literacy_app.services.academy import Academy
from literacy_app.services.acting import Actor
from literacy_app.services.progress_exchange import SUFFIX, ExportResult
from literacy_app.ui.prompts import inform
from literacy_app.ui.settings import Settings
from literacy_app.ui.tasks import Job, Operation


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressExport", text)


def choose_export_path(parent: QWidget | None) -> Path | None:
    """Where to save the file (a module function, so tests replace it rather than a dialog)."""
    folder = Settings().report_folder or str(Path.home())
    suggested = Path(folder) / f"学习记录-{datetime.now():%Y%m%d-%H%M}{SUFFIX}"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("导出学习记录文件"), str(suggested), _tr("学习记录文件 (*.litprog)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def export_progress(
    parent: QWidget | None, academy: Academy, actor: Actor, path: Path, *, everything: bool = False
) -> Job:
    """Write the file in the background and say what it holds."""

    def done(result: ExportResult) -> None:
        Settings().report_folder = str(result.path.parent)
        counts = result.counts
        text = (
            _tr(
                "学习记录已导出：\n%1\n\n学员 %2 人，课时记录 %3 条，测验 %4 次，推演 %5 次，证书 %6 份。"
                "\n请把这个文件带到管理员的电脑上导入。"
            )
            .replace("%1", str(result.path))
            .replace("%2", str(counts["learners"]))
            .replace("%3", str(counts["lessons"]))
            .replace("%4", str(counts["attempts"]))
            .replace("%5", str(counts["drill_runs"]))
            .replace("%6", str(counts["certificates"]))
        )
        inform(parent, QMessageBox.Icon.Information, _tr("导出学习记录文件"), text)

    work = lambda _job: academy.progress.export(actor, path, everything=everything)  # noqa: E731
    return Operation(parent, work, done).with_progress(_tr("导出学习记录文件")).run()
