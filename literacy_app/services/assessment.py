"""Final quizzes: starting or resuming an attempt, saving each answer at once, scoring and review."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import Course, Question, QuestionType
from literacy_app.quiz.draw import draw_question_ids, new_seed
from literacy_app.quiz.scoring import Response, is_correct, score_attempt
from literacy_app.services.errors import NotAvailable, UserInputError
from literacy_app.services.lookup import require_course, require_learner
from literacy_app.store import records
from literacy_app.store.models import QuizAttempt, utc_now


@dataclass(frozen=True)
class QuestionView:
    question_id: str
    type: QuestionType
    stem: str
    options: tuple[tuple[str, str], ...]
    points: int


@dataclass(frozen=True)
class AttemptView:
    attempt_id: uuid.UUID
    course_id: str
    course_title: str
    pass_mark: int
    questions: tuple[QuestionView, ...]
    responses: dict[str, Response]
    resumed: bool


@dataclass(frozen=True)
class ReviewItem:
    question: QuestionView
    response: Response
    answer: str | tuple[str, ...] | bool
    correct: bool
    explanation: str


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: uuid.UUID
    course_id: str
    course_title: str
    earned: int
    possible: int
    pass_mark: int
    passed: bool
    submitted_at: datetime
    items: tuple[ReviewItem, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class AttemptSummary:
    attempt_id: uuid.UUID
    course_id: str
    course_title: str
    submitted_at: datetime
    percent: float
    passed: bool


class AssessmentService:
    def __init__(self, sessions: sessionmaker[Session], library: Callable[[], Library]) -> None:
        self._sessions = sessions
        self._library = library

    def start_or_resume(self, learner_id: uuid.UUID, course_id: str) -> AttemptView:
        """Resume the learner's unfinished attempt at this course's quiz, or draw a new one."""
        course = self._course(course_id)
        rule = course.spec.final_quiz
        if rule is None:
            raise NotAvailable("该课程没有结业测验。")
        bank = self._questions(course)
        with self._sessions.begin() as session:
            require_learner(session, learner_id).last_active_at = utc_now()
            attempt = records.open_attempt(session, learner_id, course_id)
            resumed = attempt is not None and all(qid in bank for qid in attempt.question_ids)
            if attempt is not None and not resumed:
                # The course changed under an unfinished attempt; its questions cannot be shown again.
                session.delete(attempt)
            if not resumed:
                seed = new_seed()
                attempt = QuizAttempt(
                    learner_id=learner_id,
                    course_id=course_id,
                    content_hash=course.content_hash,
                    seed=seed,
                    question_ids=draw_question_ids(sorted(bank), rule.questions, seed),
                    pass_mark=rule.pass_mark,
                )
                session.add(attempt)
                session.flush()
            assert attempt is not None
            responses = {a.question_id: _response(a.response) for a in attempt.answers}
            return AttemptView(
                attempt_id=attempt.id,
                course_id=course.id,
                course_title=course.title,
                pass_mark=attempt.pass_mark,
                questions=tuple(_question_view(bank[qid]) for qid in attempt.question_ids),
                responses=responses,
                resumed=resumed,
            )

    def record_answer(self, attempt_id: uuid.UUID, question_id: str, response: Response) -> None:
        """Store one answer the moment it is given; an earlier answer to the question is replaced."""
        with self._sessions.begin() as session:
            attempt = self._open(session, attempt_id)
            if question_id not in attempt.question_ids:
                raise NotAvailable("该题不属于本次测验。")
            question = self._questions(self._course(attempt.course_id))[question_id]
            answer = records.save_answer(session, attempt, question_id, response)
            answer.correct = is_correct(question, response)

    def submit(self, attempt_id: uuid.UUID) -> AttemptResult:
        """Score the attempt against the pass mark and close it."""
        with self._sessions.begin() as session:
            attempt = self._open(session, attempt_id)
            bank = self._questions(self._course(attempt.course_id))
            responses = {a.question_id: _response(a.response) for a in attempt.answers}
            unanswered = [qid for qid in attempt.question_ids if responses.get(qid) in (None, [])]
            if len(unanswered) == len(attempt.question_ids):
                raise UserInputError("还没有作答任何题目，请先作答再提交。")
            score = score_attempt([bank[qid] for qid in attempt.question_ids], responses)
            attempt.earned = score.earned
            attempt.possible = score.possible
            attempt.passed = score.passed(attempt.pass_mark)
            attempt.submitted_at = utc_now()
        return self.result(attempt_id)

    def result(self, attempt_id: uuid.UUID) -> AttemptResult:
        """A submitted attempt with every question, the learner's answer, the key and the explanation."""
        with self._sessions() as session:
            attempt = session.get(QuizAttempt, attempt_id)
            if attempt is None or attempt.submitted_at is None:
                raise NotAvailable("没有找到这次测验的成绩。")
            course = self._course(attempt.course_id)
            bank = self._questions(course)
            responses = {a.question_id: _response(a.response) for a in attempt.answers}
            items = tuple(
                ReviewItem(
                    question=_question_view(bank[qid]),
                    response=responses.get(qid),
                    answer=bank[qid].answer,
                    correct=is_correct(bank[qid], responses.get(qid)),
                    explanation=bank[qid].explanation,
                )
                for qid in attempt.question_ids
                if qid in bank
            )
            return AttemptResult(
                attempt_id=attempt.id,
                course_id=course.id,
                course_title=course.title,
                earned=attempt.earned or 0,
                possible=attempt.possible or 0,
                pass_mark=attempt.pass_mark,
                passed=bool(attempt.passed),
                submitted_at=attempt.submitted_at,
                items=items,
            )

    def history(self, learner_id: uuid.UUID) -> list[AttemptSummary]:
        """Every submitted attempt of the learner, newest first."""
        library = self._library()
        titles = {c.id: c.title for c in library.courses}
        with self._sessions() as session:
            return [
                AttemptSummary(
                    attempt_id=a.id,
                    course_id=a.course_id,
                    course_title=titles.get(a.course_id, a.course_id),
                    submitted_at=a.submitted_at,
                    percent=100.0 * (a.earned or 0) / a.possible if a.possible else 0.0,
                    passed=bool(a.passed),
                )
                for a in records.attempts(session, learner_id)
                if a.submitted_at is not None
            ]

    def _open(self, session: Session, attempt_id: uuid.UUID) -> QuizAttempt:
        attempt = session.get(QuizAttempt, attempt_id)
        if attempt is None:
            raise NotAvailable("没有找到这次测验。")
        if attempt.submitted_at is not None:
            raise UserInputError("这次测验已经提交，不能再修改答案。")
        return attempt

    def _course(self, course_id: str) -> Course:
        return require_course(self._library(), course_id)

    def _questions(self, course: Course) -> dict[str, Question]:
        rule = course.spec.final_quiz
        banks = self._library().banks
        return {
            q.id: q for bank_id in (rule.banks if rule else ()) for q in banks[bank_id].questions
        }


def _question_view(question: Question) -> QuestionView:
    options = tuple((question.options or {}).items())
    return QuestionView(question.id, question.type, question.stem, options, question.points)


def _response(stored: object) -> Response:
    if isinstance(stored, bool | str) or stored is None:
        return stored
    if isinstance(stored, list):
        return [str(item) for item in stored]
    return None
