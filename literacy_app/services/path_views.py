"""What the learning path shows: each course's progress, the courses assigned to the learner and
the reviews due today.

Plain values, importing neither storage nor content: the window shows them from the start
snapshot (`ui/start_snapshot.py`) before the core is open, and the services return them once it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from literacy_app.rules.kinds import Requirement, Tier


@dataclass(frozen=True)
class CourseProgress:
    course_id: str
    title: str
    summary: str
    hours: float
    requirement: Requirement | None
    lessons_done: int
    lessons_total: int
    has_quiz: bool
    best_percent: float | None
    quiz_passed: bool

    @property
    def completed(self) -> bool:
        return self.lessons_done == self.lessons_total and (self.quiz_passed or not self.has_quiz)

    @property
    def fraction(self) -> float:
        """Share of the course done: each lesson one step, the final quiz one more."""
        steps = self.lessons_total + (1 if self.has_quiz else 0)
        done = self.lessons_done + (1 if self.has_quiz and self.quiz_passed else 0)
        return done / steps if steps else 0.0


@dataclass(frozen=True)
class AssignedCourse:
    """A course assigned to the acting learner: its progress, the due date, whether it is late."""

    progress: CourseProgress
    due_on: date  # the earliest due date when several assignments cover the learner
    overdue: bool

    @property
    def done(self) -> bool:
        return self.progress.completed


@dataclass(frozen=True)
class LearningPathView:
    """Everything the learning path page shows for one learner."""

    tier: Tier
    courses: tuple[CourseProgress, ...]  # the tier's courses, required first
    assigned: tuple[AssignedCourse, ...]
    reviews_due: int  # review cards due by the end of today
