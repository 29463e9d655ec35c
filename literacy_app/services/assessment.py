"""Quizzes: drawing and resuming attempts, saving each answer at once, timing, scoring and review.

Three kinds of attempt share this machinery: a course's final quiz (its rules come from
course.yaml), a lesson's practice (untimed, unlimited, full review) and the daily practice
(drawn by the review service).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import (
    CaseQuestion,
    CountedAttempt,
    Course,
    Question,
    ReviewPolicy,
)
from literacy_app.quiz.draw import new_seed
from literacy_app.quiz.scoring import Response, credit, is_answered, score_attempt
from literacy_app.rules.draw import DrawError, DrawRule, draw
from literacy_app.rules.kinds import MultipleChoiceScoring
from literacy_app.services.attempt_views import QuestionView, answer_text, question_view, with_case
from literacy_app.services.errors import NotAvailable, UserInputError
from literacy_app.services.lookup import require_course, require_learner
from literacy_app.store import records
from literacy_app.store.models import QuizAttempt, as_utc, utc_now

# Answers that arrive this long after the deadline are refused; it covers a slow disk, not a slow learner.
DEADLINE_GRACE = timedelta(seconds=10)


class AttemptKind(StrEnum):
    FINAL = "final"
    PRACTICE = "practice"
    DAILY = "daily"
    REVIEW = "review"


@dataclass(frozen=True)
class AttemptView:
    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    title: str
    pass_mark: int
    questions: tuple[QuestionView, ...]
    responses: dict[str, Response]
    resumed: bool
    deadline: datetime | None = None
    attempts_left: int | None = None

    def answerable(self) -> list[QuestionView]:
        return [part for question in self.questions for part in question.answerable()]


@dataclass(frozen=True)
class ReviewItem:
    """One answerable question after submitting; fields the review policy withholds are None."""

    question: QuestionView
    case_text: str
    response: Response | None
    answer_text: str | None
    credit: float | None
    explanation: str | None

    @property
    def correct(self) -> bool | None:
        return None if self.credit is None else self.credit >= 1.0


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    title: str
    earned: float
    possible: int
    pass_mark: int
    passed: bool
    submitted_at: datetime
    review: ReviewPolicy
    items: tuple[ReviewItem, ...]
    timed_out: bool = False
    lesson_id: str | None = None

    @property
    def percent(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class AttemptSummary:
    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    title: str
    submitted_at: datetime
    percent: float
    passed: bool


@dataclass(frozen=True)
class Unfinished:
    attempt_id: uuid.UUID
    kind: AttemptKind
    course_id: str
    lesson_id: str | None
    title: str
    answered: int
    total: int
    deadline: datetime | None


@dataclass
class _Rules:
    review: ReviewPolicy = ReviewPolicy.EXPLANATIONS
    multiple: MultipleChoiceScoring = MultipleChoiceScoring.ALL_OR_NOTHING
    shuffle_options: bool = False
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "review": self.review.value,
            "multiple_scoring": self.multiple.value,
            "shuffle_options": self.shuffle_options,
            **self.extra,
        }

    @classmethod
    def from_json(cls, data: dict | None) -> _Rules:
        data = data or {}
        return cls(
            ReviewPolicy(data.get("review", ReviewPolicy.EXPLANATIONS)),
            MultipleChoiceScoring(
                data.get("multiple_scoring", MultipleChoiceScoring.ALL_OR_NOTHING)
            ),
            bool(data.get("shuffle_options", False)),
        )


class AssessmentService:
    def __init__(self, sessions: sessionmaker[Session], library: Callable[[], Library]) -> None:
        self._sessions = sessions
        self._library = library
        self.on_submitted: list[Callable[[Session, QuizAttempt, dict[str, float]], None]] = []

    # -- starting -------------------------------------------------------------------------------
    def start_final(self, learner_id: uuid.UUID, course_id: str) -> AttemptView:
        """Resume the learner's unfinished final quiz for this course, or draw a new attempt."""
        course = self._course(course_id)
        rule = course.spec.final_quiz
        if rule is None:
            raise NotAvailable("该课程没有结业测验。")
        with self._sessions.begin() as session:
            require_learner(session, learner_id).last_active_at = utc_now()
            attempt = self._resumable(session, learner_id, AttemptKind.FINAL, course_id, None)
            resumed = attempt is not None
            submitted = [
                a
                for a in records.attempts(session, learner_id, course_id, kind=AttemptKind.FINAL)
                if a.submitted_at is not None
            ]
            if attempt is None:
                if rule.max_attempts is not None and len(submitted) >= rule.max_attempts:
                    raise UserInputError(f"本测验最多可参加 {rule.max_attempts} 次，机会已用完。")
                seed = new_seed()
                ids = self._draw(course, rule, rule.banks, seed, shuffle=rule.shuffle_questions)
                rules = _Rules(
                    ReviewPolicy(rule.review),
                    rule.multiple_scoring,
                    rule.shuffle_options,
                )
                limit = timedelta(minutes=rule.time_limit) if rule.time_limit else None
                attempt = self._new_attempt(
                    session, learner_id, AttemptKind.FINAL, seed, ids,
                    course=course, pass_mark=rule.pass_mark, rules=rules, limit=limit,
                )  # fmt: skip
            left = None if rule.max_attempts is None else rule.max_attempts - len(submitted) - 1
            return self._view(attempt, course.title, resumed, left)

    def start_practice(self, learner_id: uuid.UUID, course_id: str, lesson_id: str) -> AttemptView:
        """A lesson's practice: a few questions, untimed and unlimited; resumes an open one."""
        course = self._course(course_id)
        try:
            lesson = course.lesson(lesson_id)
        except KeyError:
            raise NotAvailable("该课时已不在课程中。") from None
        practice = lesson.meta.practice
        if practice is None:
            raise NotAvailable("本课没有课后练习。")
        banks = practice.banks or (course.spec.final_quiz.banks if course.spec.final_quiz else ())
        with self._sessions.begin() as session:
            require_learner(session, learner_id).last_active_at = utc_now()
            attempt = self._resumable(
                session, learner_id, AttemptKind.PRACTICE, course_id, lesson_id
            )
            resumed = attempt is not None
            if attempt is None:
                seed = new_seed()
                ids = self._draw(course, practice, banks, seed, shuffle=True)
                attempt = self._new_attempt(
                    session,
                    learner_id,
                    AttemptKind.PRACTICE,
                    seed,
                    ids,
                    course=course,
                    lesson_id=lesson_id,
                )
            return self._view(attempt, f"{lesson.title} · 课后练习", resumed, None)

    def start_questions(
        self,
        session: Session,
        learner_id: uuid.UUID,
        kind: AttemptKind,
        question_ids: Sequence[str],
        title: str,
    ) -> AttemptView:
        """An attempt over questions chosen elsewhere (the daily practice), in the caller's session."""
        attempt = self._new_attempt(
            session, learner_id, kind, new_seed(), list(question_ids), title=title
        )
        return self._view(attempt, title, False, None)

    def resume(self, attempt_id: uuid.UUID) -> AttemptView:
        with self._sessions() as session:
            attempt = self._open(session, attempt_id)
            return self._view(attempt, self._title(attempt), True, None)

    def unfinished(self, learner_id: uuid.UUID) -> list[Unfinished]:
        """The learner's attempts that were left open (closed window, crash, power cut)."""
        with self._sessions() as session:
            result = []
            for attempt in records.attempts(session, learner_id):
                if attempt.submitted_at is not None:
                    continue
                total = len(self._answerable_ids(attempt.question_ids))
                answered = sum(1 for a in attempt.answers if is_answered(_response(a.response)))
                result.append(
                    Unfinished(
                        attempt.id,
                        AttemptKind(attempt.kind),
                        attempt.course_id,
                        attempt.lesson_id,
                        self._title(attempt),
                        answered,
                        total,
                        as_utc(attempt.deadline),
                    )
                )
            return result

    # -- answering ------------------------------------------------------------------------------
    def record_answer(self, attempt_id: uuid.UUID, question_id: str, response: Response) -> None:
        """Store one answer the moment it is given; an earlier answer to the question is replaced."""
        with self._sessions.begin() as session:
            attempt = self._open(session, attempt_id)
            deadline = as_utc(attempt.deadline)
            if deadline is not None and utc_now() > deadline + DEADLINE_GRACE:
                raise UserInputError("考试时间已到，这个答案没有保存。")
            if question_id not in self._answerable_ids(attempt.question_ids):
                raise NotAvailable("该题不属于本次测验。")
            question = self._question(question_id)
            answer = records.save_answer(session, attempt, question_id, response)
            answer.credit = credit(question, response, _Rules.from_json(attempt.rules).multiple)
            answer.correct = answer.credit >= 1.0

    def submit(self, attempt_id: uuid.UUID, *, allow_empty: bool = False) -> AttemptResult:
        """Score the attempt against its pass mark and close it; wrong answers go to the notebook."""
        with self._sessions.begin() as session:
            attempt = self._open(session, attempt_id)
            responses = {a.question_id: _response(a.response) for a in attempt.answers}
            answerable = [self._question(qid) for qid in self._answerable_ids(attempt.question_ids)]
            if not allow_empty and not any(is_answered(responses.get(q.id)) for q in answerable):
                raise UserInputError("还没有作答任何题目，请先作答再提交。")
            score = score_attempt(answerable, responses, _Rules.from_json(attempt.rules).multiple)
            attempt.earned = score.earned
            attempt.possible = score.possible
            attempt.passed = score.passed(attempt.pass_mark)
            attempt.submitted_at = utc_now()
            for hook in self.on_submitted:
                hook(session, attempt, score.credits)
        return self.result(attempt_id)

    def submit_if_expired(self, attempt_id: uuid.UUID) -> AttemptResult | None:
        """Close a timed attempt whose time ran out (while the window was closed, say)."""
        with self._sessions() as session:
            attempt = session.get(QuizAttempt, attempt_id)
            deadline = as_utc(attempt.deadline) if attempt else None
            if (
                attempt is None
                or attempt.submitted_at is not None
                or deadline is None
                or utc_now() < deadline
            ):
                return None
        return self.submit(attempt_id, allow_empty=True)

    # -- results --------------------------------------------------------------------------------
    def result(self, attempt_id: uuid.UUID) -> AttemptResult:
        """A submitted attempt as its review policy allows the learner to see it."""
        with self._sessions() as session:
            attempt = session.get(QuizAttempt, attempt_id)
            if attempt is None or attempt.submitted_at is None:
                raise NotAvailable("没有找到这次测验的成绩。")
            rules = _Rules.from_json(attempt.rules)
            policy = rules.review
            responses = {a.question_id: _response(a.response) for a in attempt.answers}
            view = self._view(attempt, self._title(attempt), True, None)
            items = []
            for shown in view.questions:
                case_text = shown.case_text
                for part in shown.answerable():
                    question = self._question(part.question_id)
                    response = responses.get(part.question_id)
                    items.append(
                        ReviewItem(
                            question=part,
                            case_text=case_text,
                            response=response if _shows(policy, ReviewPolicy.ANSWERS) else None,
                            answer_text=answer_text(question, part)
                            if _shows(policy, ReviewPolicy.CORRECT)
                            else None,
                            credit=credit(question, response, rules.multiple)
                            if _shows(policy, ReviewPolicy.ANSWERS)
                            else None,
                            explanation=question.explanation
                            if _shows(policy, ReviewPolicy.EXPLANATIONS)
                            else None,
                        )
                    )
            deadline = as_utc(attempt.deadline)
            return AttemptResult(
                attempt_id=attempt.id,
                kind=AttemptKind(attempt.kind),
                course_id=attempt.course_id,
                title=self._title(attempt),
                earned=attempt.earned or 0.0,
                possible=attempt.possible or 0,
                pass_mark=attempt.pass_mark,
                passed=bool(attempt.passed),
                submitted_at=as_utc(attempt.submitted_at),
                review=policy,
                items=tuple(items),
                timed_out=deadline is not None and as_utc(attempt.submitted_at) >= deadline,
                lesson_id=attempt.lesson_id,
            )

    def history(self, learner_id: uuid.UUID) -> list[AttemptSummary]:
        """Every submitted attempt of the learner, newest first."""
        with self._sessions() as session:
            return [
                AttemptSummary(
                    a.id,
                    AttemptKind(a.kind),
                    a.course_id,
                    self._title(a),
                    as_utc(a.submitted_at),
                    100.0 * (a.earned or 0) / a.possible if a.possible else 0.0,
                    bool(a.passed),
                )
                for a in records.attempts(session, learner_id)
                if a.submitted_at is not None
            ]

    # -- internals ------------------------------------------------------------------------------
    def _draw(
        self, course: Course, rule: DrawRule, banks: Sequence[str], seed: int, *, shuffle: bool
    ) -> list[str]:
        library = self._library()
        pool = [q for b in banks if b in library.banks for q in library.banks[b].questions]
        try:
            return draw(pool, rule, seed, shuffle=shuffle)
        except DrawError:
            # Only courses that passed the same check are offered, so this means the banks changed
            # under a running program.
            raise NotAvailable(
                f"无法按规则抽题。请联系培训管理员检查课程“{course.title}”。"
            ) from None

    def _new_attempt(
        self,
        session: Session,
        learner_id: uuid.UUID,
        kind: AttemptKind,
        seed: int,
        ids: list[str],
        *,
        course: Course | None = None,
        lesson_id: str | None = None,
        pass_mark: int = 60,
        rules: _Rules | None = None,
        limit: timedelta | None = None,
        title: str = "",
    ) -> QuizAttempt:
        """Store a freshly drawn attempt; practice and review attempts use the default rules."""
        rules = rules or _Rules()
        if title:
            rules.extra["title"] = title
        now = utc_now()
        attempt = QuizAttempt(
            learner_id=learner_id,
            kind=kind.value,
            course_id=course.id if course else "",
            lesson_id=lesson_id,
            content_hash=course.content_hash if course else "",
            seed=seed,
            question_ids=list(ids),
            rules=rules.to_json(),
            pass_mark=pass_mark,
            started_at=now,
            deadline=now + limit if limit else None,
        )
        session.add(attempt)
        session.flush()
        return attempt

    def _resumable(self, session, learner_id, kind, course_id, lesson_id) -> QuizAttempt | None:
        for attempt in records.attempts(session, learner_id, course_id, kind=kind):
            if attempt.submitted_at is None and attempt.lesson_id == lesson_id:
                if all(qid in self._library().questions for qid in attempt.question_ids):
                    return attempt
                # The course changed under an unfinished attempt; its questions cannot be shown again.
                session.delete(attempt)
        return None

    def _view(
        self, attempt: QuizAttempt, title: str, resumed: bool, left: int | None
    ) -> AttemptView:
        shuffle = _Rules.from_json(attempt.rules).shuffle_options
        cases = self._library().cases
        questions = tuple(
            with_case(question_view(self._question(qid), attempt.seed, shuffle), cases.get(qid))
            for qid in attempt.question_ids
        )
        return AttemptView(
            attempt_id=attempt.id,
            kind=AttemptKind(attempt.kind),
            course_id=attempt.course_id,
            title=title,
            pass_mark=attempt.pass_mark,
            questions=questions,
            responses={a.question_id: _response(a.response) for a in attempt.answers},
            resumed=resumed,
            deadline=as_utc(attempt.deadline),
            attempts_left=left,
        )

    def _title(self, attempt: QuizAttempt) -> str:
        if attempt.rules and attempt.rules.get("title"):
            return attempt.rules["title"]
        library = self._library()
        titles = {c.id: c for c in library.courses}
        course = titles.get(attempt.course_id)
        if course is None:
            return attempt.course_id
        if attempt.kind == AttemptKind.PRACTICE and attempt.lesson_id:
            try:
                return f"{course.lesson(attempt.lesson_id).title} · 课后练习"
            except KeyError:
                return f"{course.title} · 课后练习"
        return course.title

    def _answerable_ids(self, question_ids: Sequence[str]) -> list[str]:
        ids = []
        for qid in question_ids:
            question = self._question(qid)
            ids += (
                [sub.id for sub in question.questions]
                if isinstance(question, CaseQuestion)
                else [qid]
            )
        return ids

    def _question(self, question_id: str) -> Question:
        try:
            return self._library().questions[question_id]
        except KeyError:
            raise NotAvailable(f"题目“{question_id}”已不在题库中。") from None

    def _open(self, session: Session, attempt_id: uuid.UUID) -> QuizAttempt:
        attempt = session.get(QuizAttempt, attempt_id)
        if attempt is None:
            raise NotAvailable("没有找到这次测验。")
        if attempt.submitted_at is not None:
            raise UserInputError("这次测验已经提交，不能再修改答案。")
        return attempt

    def _course(self, course_id: str) -> Course:
        return require_course(self._library(), course_id)


def counted_attempt(attempts: Sequence[QuizAttempt], counts: CountedAttempt) -> QuizAttempt | None:
    """The submitted attempt that stands for the course: the best one, or the latest one."""
    submitted = [a for a in attempts if a.submitted_at is not None]
    if not submitted:
        return None
    if counts is CountedAttempt.LAST:
        return max(submitted, key=lambda a: as_utc(a.submitted_at))
    return max(
        submitted,
        key=lambda a: ((a.earned or 0) / a.possible if a.possible else 0, as_utc(a.submitted_at)),
    )


def _shows(policy: ReviewPolicy, level: ReviewPolicy) -> bool:
    order = list(ReviewPolicy)
    return order.index(policy) >= order.index(level)


def _response(stored: object) -> Response:
    if isinstance(stored, bool | str) or stored is None:
        return stored
    if isinstance(stored, list):
        return list(stored)
    return None
