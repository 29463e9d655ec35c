"""Report rows made up for the writers' tests, with the awkward values real rosters contain."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from literacy_app.content.model import Tier
from literacy_app.services.report_rows import CourseRecordRow, Enrolment

HOSTILE_NAMES = ('=HYPERLINK("http://x","点我")', "+86 138", "-1+2", "@SUM(A1)", "\tTab", "\r回车")
DEPARTMENTS = (
    "某省/某市/某县/县融媒体中心",
    "某省/某市/市委宣传部",
    "某省/另一市/网信办",
    "",
)
COURSES = (
    ("media-basics", "政务新媒体基础"),
    ("rumour-response", "网络谣言的识别与回应：一门名字相当长以便测试换行和截断的课程"),
    ("=evil", "=1+1 公式课程"),
)


def make_rows(
    learners: int = 12, courses: tuple[tuple[str, str], ...] = COURSES
) -> list[CourseRecordRow]:
    """`learners` × `courses` rows: some completed, some overdue, some never started."""
    rows = []
    start = datetime(2026, 3, 1, 1, 30, tzinfo=UTC)
    for number in range(learners):
        learner_id = uuid.UUID(int=number + 1)
        name = HOSTILE_NAMES[number] if number < len(HOSTILE_NAMES) else f"学员{number:03d}"
        tier = list(Tier)[number % 3]
        for index, (course_id, title) in enumerate(courses):
            done = (number + index) % 4
            completed = done == 0
            started = done != 3
            first = start + timedelta(days=number, hours=index) if started else None
            rows.append(
                CourseRecordRow(
                    learner_id=learner_id,
                    learner_name=name,
                    identifier=""
                    if number % 5 == 4
                    else f"-{number:05d}"
                    if number == 1
                    else f"GH{number:05d}",
                    department=DEPARTMENTS[number % len(DEPARTMENTS)],
                    tier=tier,
                    course_id=course_id,
                    course_title=title,
                    enrolment=list(Enrolment)[(number + index) % 3],
                    due_on=date(2026, 6, 30) if index != 1 else None,
                    lessons_done=4 if completed else done,
                    lessons_total=4,
                    best_percent=None if not started else 60.0 + (number * 7 + index) % 40 + 0.25,
                    passed=completed,
                    attempts=0 if not started else 1 + number % 3,
                    hours=2.5 if completed else 0.0,
                    first_activity=first,
                    last_activity=first + timedelta(days=3, minutes=17) if first else None,
                    completed_on=(first + timedelta(days=3)).date()
                    if completed and first
                    else None,
                    overdue=not completed and index != 1,
                )
            )
    return rows
