"""What a completion report is made of: the filter an administrator chose and the rows it selects.

The dashboard, every export format and the command line read the same rows for the same filter
(`services/reporting.py` computes them in SQL), so their figures cannot disagree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from literacy_app.content.model import Tier


class Enrolment(StrEnum):
    """Why a course is in a learner's record."""

    REQUIRED = "required"  # required for the learner's tier
    ASSIGNED = "assigned"  # assigned by an administrator (to the tier, a department or the learner)
    ELECTIVE = "elective"  # not required nor assigned, but the learner studied it


@dataclass(frozen=True)
class ReportFilter:
    """Which records a report covers. `department` is a path: it includes every unit below it.
    Activity dates are inclusive local calendar days. `learner_id` narrows it to one learner
    (a 个人学时证明, the drill-down)."""

    start: date | None = None
    end: date | None = None
    department: str | None = None
    tier: Tier | None = None
    course_id: str | None = None
    learner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CourseRecordRow:
    """One learner × one course: the row of the completion report."""

    learner_id: uuid.UUID
    learner_name: str
    identifier: str  # 工号; "" when the learner has none
    department: str
    tier: Tier
    course_id: str
    course_title: str
    enrolment: Enrolment
    due_on: date | None  # the earliest due date of the assignments that cover this learner
    lessons_done: int
    lessons_total: int
    best_percent: float | None  # the counted final-quiz score, 0–100; None when never taken
    passed: bool
    attempts: int  # final-quiz attempts handed in
    hours: float  # 学时 earned: the course's hours once completed, else 0
    first_activity: datetime | None
    last_activity: datetime | None
    completed_on: date | None
    overdue: bool  # due date passed and not completed
