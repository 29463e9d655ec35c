"""Completion reports and 个人学时证明 written to files, for administrators.

The rows come from the reporting queries (`course_rows`), the same the dashboard reads, so every
format shows the dashboard's figures. A file is written under a temporary name in its destination
folder and renamed into place only when complete: a failure or a cancel leaves no file, and an
existing file of that name is replaced whole or not at all.
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import Tier
from literacy_app.exports.csv_report import write_csv
from literacy_app.exports.fonts import FontFile, find_chinese_font
from literacy_app.exports.table import FilterSummary
from literacy_app.exports.xapi import StatementMaker, write_statements
from literacy_app.messages import Message
from literacy_app.services import xapi_records
from literacy_app.services.acting import Actor, Role, require
from literacy_app.services.audit import AuditAction, record_action
from literacy_app.services.errors import NotAvailable, ServiceCode, ServiceError, UserInputError
from literacy_app.services.report_rows import CourseRecordRow, ReportFilter
from literacy_app.store.models import Learner, utc_now

log = logging.getLogger(__name__)

PROGRESS_EVERY = 500  # rows between progress reports

CourseRows = Callable[[Actor, ReportFilter], Iterable[CourseRecordRow]]
Progress = Callable[[int, int, Message | None], None]
T = TypeVar("T")


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"
    XAPI = "xapi"


SUFFIXES = {
    ReportFormat.XLSX: ".xlsx",
    ReportFormat.CSV: ".csv",
    ReportFormat.PDF: ".pdf",
    ReportFormat.XAPI: ".json",
}


class ExportCancelled(Exception):
    """The caller cancelled the export; no file was left behind."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # learner × course rows, or statements for xAPI


@dataclass(frozen=True)
class Period:
    """The days a 个人学时证明 covers (inclusive; None is open-ended)."""

    start: date | None = None
    end: date | None = None

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))


def suggested_name(format: ReportFormat, now: datetime) -> str:
    """What and when, as `完成情况_2026-11-26_1430.xlsx` (local time)."""
    what = "学习记录_xAPI" if format is ReportFormat.XAPI else "完成情况"
    return f"{what}_{now.astimezone():%Y-%m-%d_%H%M}{SUFFIXES[format]}"


def hours_record_name(name: str, now: datetime) -> str:
    safe = "".join("_" if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in name).strip() or "学员"
    return f"个人学时证明_{safe}_{now.astimezone():%Y-%m-%d}.pdf"


class ReportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        library: Callable[[], Library],
        course_rows: CourseRows,
        installation_id: Callable[[], str],
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._sessions = sessions
        self._library = library
        self._course_rows = course_rows
        self._installation_id = installation_id
        self._clock = clock

    def suggested_name(self, format: ReportFormat) -> str:
        return suggested_name(format, self._clock())

    def suggested_hours_record_name(self, learner_name: str) -> str:
        return hours_record_name(learner_name, self._clock())

    def export(
        self,
        actor: Actor,
        report: ReportFilter,
        format: ReportFormat,
        path: Path,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the report for `report` to `path` (a folder gets the suggested name).

        `progress(done, 0, label)` is called every `PROGRESS_EVERY` rows (the total is not known
        before the rows have streamed); when `cancelled()` turns true the export stops, removes
        what it wrote and raises `ExportCancelled`.
        """
        require(actor, Role.ADMINISTRATOR)
        made_at = self._clock()
        target = _destination(path, suggested_name(format, made_at))
        font = _pdf_font() if format is ReportFormat.PDF else None

        def write(temporary: Path) -> int:
            if format is ReportFormat.XAPI:
                statements = self._statements(report)
                return write_statements(temporary, _watched(statements, progress, cancelled))
            rows = _watched(self._course_rows(actor, report), progress, cancelled)
            summary = self._summary(report)
            if format is ReportFormat.CSV:
                return write_csv(temporary, rows)
            # The PDF and XLSX writers load fpdf2 and XlsxWriter: only when a report is made, so
            # that opening the program never waits for them (tests/ui/test_startup.py).
            if format is ReportFormat.PDF:
                from literacy_app.exports.pdf_report import write_pdf

                assert font is not None
                return write_pdf(temporary, rows, summary, made_at, font).overall.records
            from literacy_app.exports.xlsx_report import write_xlsx

            return write_xlsx(temporary, rows, summary, made_at).overall.records

        count = _write_in_place(target, write)
        with self._sessions.begin() as session:
            record_action(
                session, actor, AuditAction.REPORT_EXPORTED, target.name,
                format=format.value, rows=count, filter=_filter_details(report),
            )  # fmt: skip
        log.info("report exported: %s, %d rows, %s", format.value, count, target)
        return ExportResult(target, count)

    def hours_record(
        self, actor: Actor, learner_id: uuid.UUID, path: Path, period: Period = Period()
    ) -> Path:
        """Write one learner's 个人学时证明 for `period` to `path` (a folder gets a name)."""
        require(actor, Role.ADMINISTRATOR)
        made_at = self._clock()
        with self._sessions() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotAvailable(ServiceCode.LEARNER_NOT_FOUND)
            name, identifier = learner.name, learner.identifier or ""
            department, tier = learner.department, Tier(learner.tier)
        font = _pdf_font()
        target = _destination(path, hours_record_name(name, made_at))
        # The date range keeps the courses with activity in the period, which includes every
        # course completed in it; of those, the record lists the ones completed in it.
        scope = ReportFilter(period.start, period.end, learner_id=learner_id)
        courses = [
            row
            for row in self._course_rows(actor, scope)
            if row.completed_on is not None
            and (period.start is None or row.completed_on >= period.start)
            and (period.end is None or row.completed_on <= period.end)
        ]
        courses.sort(key=lambda row: (row.completed_on or date.min, row.course_title))
        from literacy_app.exports.hours_record import HoursRecord, write_hours_record

        record = HoursRecord(name, identifier, department, tier, period.start, period.end, courses)

        def write(temporary: Path) -> int:
            write_hours_record(temporary, record, made_at, font)
            return len(courses)

        _write_in_place(target, write)
        with self._sessions.begin() as session:
            record_action(
                session, actor, AuditAction.HOURS_RECORD_PRINTED, name,
                learner=str(learner_id), courses=len(courses), hours=record.total_hours,
                start=period.start.isoformat() if period.start else None,
                end=period.end.isoformat() if period.end else None,
            )  # fmt: skip
        return target

    def _summary(self, report: ReportFilter) -> FilterSummary:
        title = None
        if report.course_id:
            titles = {course.id: course.title for course in self._library().courses}
            title = titles.get(report.course_id, report.course_id)
        return FilterSummary(
            report.start,
            report.end,
            report.department,
            report.tier.value if report.tier else None,
            title,
        )

    def _statements(self, report: ReportFilter) -> Iterator[dict[str, object]]:
        library = self._library()
        maker = StatementMaker(self._installation_id(), xapi_records.titles(library))
        with self._sessions() as session:
            records = itertools.chain(
                (s for r in xapi_records.lesson_records(session, report) for s in maker.lesson(r)),
                map(maker.answer, xapi_records.answer_records(session, report)),
                map(maker.final_attempt, xapi_records.final_attempt_records(session, report)),
                map(
                    maker.course_completion,
                    xapi_records.course_completions(session, report, library),
                ),
            )
            yield from records


def _watched(
    items: Iterable[T], progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Iterator[T]:
    """The items, reporting progress and raising `ExportCancelled` when the caller cancels."""
    count = 0
    for count, item in enumerate(items, start=1):
        if count % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if progress is not None:
                progress(count, 0, Message.of(ServiceCode.REPORT_ROWS_WRITTEN, rows=count))
        yield item
    if cancelled is not None and cancelled():
        raise ExportCancelled
    if progress is not None:
        progress(count, count, Message.of(ServiceCode.REPORT_ROWS_WRITTEN, rows=count))


def _pdf_font() -> FontFile:
    font = find_chinese_font()
    if font is None:
        raise NotAvailable(ServiceCode.NO_CHINESE_FONT)
    return font


def _destination(path: Path, suggested: str) -> Path:
    target = path / suggested if path.is_dir() else path
    if not target.parent.is_dir():
        raise UserInputError(ServiceCode.REPORT_FOLDER_MISSING, path=str(target.parent))
    return target


def _write_in_place(target: Path, write: Callable[[Path], int]) -> int:
    """Run `write` on a temporary file beside `target`, then rename it into place."""
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    except OSError as error:
        raise ServiceError(
            ServiceCode.REPORT_NOT_WRITTEN, path=str(target), detail=error.strerror or str(error)
        ) from error
    os.close(handle)
    temporary = Path(name)
    try:
        count = write(temporary)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            ServiceCode.REPORT_NOT_WRITTEN, path=str(target), detail=error.strerror or str(error)
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _filter_details(report: ReportFilter) -> dict[str, str | None]:
    return {
        "start": report.start.isoformat() if report.start else None,
        "end": report.end.isoformat() if report.end else None,
        "department": report.department,
        "tier": report.tier.value if report.tier else None,
        "course": report.course_id,
        "learner": str(report.learner_id) if report.learner_id else None,
    }
