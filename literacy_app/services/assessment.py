"""Quizzes: drawing and resuming attempts, saving each answer at once, timing, scoring and review.

Three kinds of attempt share this machinery: a course's final quiz (its rules come from
course.yaml), a lesson's practice (untimed, unlimited, full review) and the daily practice
(drawn by the review service).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import (
    AnswerableQuestion,
    CaseQuestion,
    CountedAttempt,
    Course,
    Question,
    ReviewPolicy,
)
from literacy_app.quiz.draw import new_seed
from literacy_app.quiz.scoring import credit, score_attempt
from literacy_app.rules.draw import DrawError, DrawRule, draw
from literacy_app.rules.kinds import MultipleChoiceScoring
from literacy_app.rules.responses import Response, is_answered
from literacy_app.services.acting import Actor, acting_learner, owned_record, require_owner
from literacy_app.services.attempt_views import (
    AttemptKind,
    AttemptResult,
    AttemptSummary,
    AttemptView,
    ReviewItem,
    Unfinished,
    question_view,
    right_answer,
    with_case,
)
from literacy_app.services.errors import NotAvailable, ServiceCode, UserInputError
from literacy_app.services.lookup import require_course
from literacy_app.store import records
from literacy_app.store.models import QuizAttempt, RecordStatus, as_utc, recorded_utc, utc_now

# Answers that arrive this long after the deadline are refused; it covers a slow disk, not a slow learner.
DEADLINE_GRACE = timedelta(seconds=10)


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
    def start_final(self, actor: Actor, course_id: str) -> AttemptView:
        """Resume the learner's unfinished final quiz for this course, or draw a new attempt."""
        course = self._course(course_id)
        rule = course.spec.final_quiz
        if rule is None:
            raise NotAvailable(ServiceCode.NO_FINAL_QUIZ, course=course.title)
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            learner.last_active_at = utc_now()
            attempt = self._resumable(session, learner.id, AttemptKind.FINAL, course_id, None)
            resumed = attempt is not None
            submitted = [
                a
                for a in records.attempts(session, learner.id, course_id, kind=AttemptKind.FINAL)
                if a.status == RecordStatus.COMPLETED
            ]
            if attempt is None:
                if rule.max_attempts is not None and len(submitted) >= rule.max_attempts:
                    raise UserInputError(ServiceCode.ATTEMPTS_USED_UP, limit=rule.max_attempts)
                seed = new_seed()
                ids = self._draw(course, rule, rule.banks, seed, shuffle=rule.shuffle_questions)
                rules = _Rules(
                    ReviewPolicy(rule.review),
                    rule.multiple_scoring,
                    rule.shuffle_options,
                )
                limit = timedelta(minutes=rule.time_limit) if rule.time_limit else None
                attempt = self._new_attempt(
                    session, learner.id, AttemptKind.FINAL, seed, ids,
                    course=course, pass_mark=rule.pass_mark, rules=rules, limit=limit,
                )  # fmt: skip
            left = None if rule.max_attempts is None else rule.max_attempts - len(submitted) - 1
            return self._view(attempt, resumed, left)

    def start_practice(self, actor: Actor, course_id: str, lesson_id: str) -> AttemptView:
        """A lesson's practice: a few questions, untimed and unlimited; resumes an open one."""
        course = self._course(course_id)
        try:
            lesson = course.lesson(lesson_id)
        except KeyError:
            raise NotAvailable(ServiceCode.LESSON_GONE, lesson=lesson_id) from None
        practice = lesson.meta.practice
        if practice is None:
            raise NotAvailable(ServiceCode.NO_PRACTICE, lesson=lesson.title)
        banks = practice.banks or (course.spec.final_quiz.banks if course.spec.final_quiz else ())
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            learner.last_active_at = utc_now()
            attempt = self._resumable(
                session, learner.id, AttemptKind.PRACTICE, course_id, lesson_id
            )
            resumed = attempt is not None
            if attempt is None:
                seed = new_seed()
                ids = self._draw(course, practice, banks, seed, shuffle=True)
                attempt = self._new_attempt(
                    session,
                    learner.id,
                    AttemptKind.PRACTICE,
                    seed,
                    ids,
                    course=course,
                    lesson_id=lesson_id,
                )
            return self._view(attempt, resumed, None)

    def start_questions(
        self, session: Session, actor: Actor, kind: AttemptKind, question_ids: Sequence[str]
    ) -> AttemptView:
        """An attempt over questions chosen elsewhere (the daily practice), in the caller's session."""
        learner = acting_learner(session, actor)
        attempt = self._new_attempt(session, learner.id, kind, new_seed(), list(question_ids))
        return self._view(attempt, False, None)

    def resume(self, actor: Actor, attempt_id: uuid.UUID) -> AttemptView:
        with self._sessions() as session:
            attempt = self._open(session, actor, attempt_id)
            return self._view(attempt, True, None)

    def unfinished(self, actor: Actor) -> list[Unfinished]:
        """The learner's attempts that were left open (closed window, crash, power cut).

        One whose questions have left the library since is closed here as stopped by the change.
        """
        with self._sessions.begin() as session:
            result = []
            for attempt in records.attempts(session, acting_learner(session, actor).id):
                if attempt.status != RecordStatus.OPEN or self._stop_if_changed(attempt):
                    continue
                total = len(self._answerable_ids(attempt.question_ids))
                answered = sum(1 for a in attempt.answers if is_answered(_response(a.response)))
                result.append(
                    Unfinished(
                        attempt.id,
                        AttemptKind(attempt.kind),
                        attempt.course_id,
                        attempt.lesson_id,
                        *self._titles(attempt),
                        answered,
                        total,
                        as_utc(attempt.deadline),
                    )
                )
            return result

    # -- answering ------------------------------------------------------------------------------
    def record_answer(
        self, actor: Actor, attempt_id: uuid.UUID, question_id: str, response: Response
    ) -> None:
        """Store one answer the moment it is given; an earlier answer to the question is replaced."""
        with self._sessions.begin() as session:
            attempt = self._open(session, actor, attempt_id, lock=True)
            deadline = as_utc(attempt.deadline)
            if deadline is not None and utc_now() > deadline + DEADLINE_GRACE:
                raise UserInputError(ServiceCode.TIME_UP)
            if question_id not in self._answerable_ids(attempt.question_ids):
                raise NotAvailable(ServiceCode.QUESTION_NOT_IN_ATTEMPT, question=question_id)
            records.save_answer(session, attempt, question_id, response)

    def submit(
        self, actor: Actor, attempt_id: uuid.UUID, *, allow_empty: bool = False
    ) -> AttemptResult:
        """Score the attempt against its pass mark and close it; wrong answers go to the notebook."""
        with self._sessions.begin() as session:
            attempt = self._open(session, actor, attempt_id, lock=True)
            responses = {a.question_id: _response(a.response) for a in attempt.answers}
            answerable = [self._question(qid) for qid in self._answerable_ids(attempt.question_ids)]
            if not allow_empty and not any(is_answered(responses.get(q.id)) for q in answerable):
                raise UserInputError(ServiceCode.NOTHING_ANSWERED)
            score = score_attempt(answerable, responses, _Rules.from_json(attempt.rules).multiple)
            attempt.earned = score.earned
            attempt.possible = score.possible
            attempt.passed = score.passed(attempt.pass_mark)
            attempt.submitted_at = utc_now()
            attempt.status = RecordStatus.COMPLETED
            for hook in self.on_submitted:
                hook(session, attempt, score.credits)
        return self.result(actor, attempt_id)

    def submit_if_expired(self, actor: Actor, attempt_id: uuid.UUID) -> AttemptResult | None:
        """Close a timed attempt whose time ran out (while the window was closed, say)."""
        with self._sessions() as session:
            attempt = self._owned(session, actor, attempt_id)
            deadline = as_utc(attempt.deadline)
            if attempt.status != RecordStatus.OPEN or deadline is None or utc_now() < deadline:
                return None
        return self.submit(actor, attempt_id, allow_empty=True)

    # -- results --------------------------------------------------------------------------------
    def result(self, actor: Actor, attempt_id: uuid.UUID) -> AttemptResult:
        """A submitted attempt as its review policy allows the learner to see it."""
        with self._sessions() as session:
            attempt = session.get(QuizAttempt, attempt_id)
            if attempt is None or attempt.status != RecordStatus.COMPLETED:
                raise NotAvailable(ServiceCode.RESULT_NOT_FOUND)
            require_owner(actor, attempt.learner_id)
            return self._result(attempt, _Rules.from_json(attempt.rules).review)

    def full_result(self, attempt: QuizAttempt) -> AttemptResult:
        """A submitted attempt with every answer, right answer and explanation, whatever its review
        policy withholds from the learner: for an administrator's drill-down (the caller checks the
        role and holds the session)."""
        return self._result(attempt, ReviewPolicy.EXPLANATIONS)

    def _result(self, attempt: QuizAttempt, policy: ReviewPolicy) -> AttemptResult:
        rules = _Rules.from_json(attempt.rules)
        responses = {a.question_id: _response(a.response) for a in attempt.answers}
        view = self._view(attempt, True, None)
        items = []
        for shown in view.questions:
            case_text = shown.case_text
            for part in shown.answerable():
                question = self._answerable_question(part.question_id)
                response = responses.get(part.question_id)
                items.append(
                    ReviewItem(
                        question=part,
                        case_text=case_text,
                        response=response if _shows(policy, ReviewPolicy.ANSWERS) else None,
                        right_answer=right_answer(question)
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
        submitted_at = recorded_utc(attempt.submitted_at, "submitted_at")
        course_title, lesson_title = self._titles(attempt)
        return AttemptResult(
            attempt_id=attempt.id,
            kind=AttemptKind(attempt.kind),
            course_id=attempt.course_id,
            course_title=course_title,
            lesson_title=lesson_title,
            earned=attempt.earned or 0.0,
            possible=attempt.possible or 0,
            pass_mark=attempt.pass_mark,
            passed=bool(attempt.passed),
            submitted_at=submitted_at,
            review=policy,
            items=tuple(items),
            timed_out=deadline is not None and submitted_at >= deadline,
            lesson_id=attempt.lesson_id,
        )

    def history(self, actor: Actor) -> list[AttemptSummary]:
        """Every submitted attempt of the learner, and those stopped by a content change, newest first."""
        with self._sessions() as session:
            summaries = []
            for a in records.attempts(session, acting_learner(session, actor).id):
                status = RecordStatus(a.status)
                if status is RecordStatus.OPEN:
                    continue
                done = status is RecordStatus.COMPLETED
                summaries.append(
                    AttemptSummary(
                        a.id,
                        AttemptKind(a.kind),
                        a.course_id,
                        *self._titles(a),
                        status,
                        recorded_utc(a.submitted_at, "submitted_at")
                        if done
                        else as_utc(a.started_at),
                        attempt_percent(a) if done else None,
                        done and bool(a.passed),
                    )
                )
            return summaries

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
            raise NotAvailable(ServiceCode.DRAW_FAILED, course=course.title) from None

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
    ) -> QuizAttempt:
        """Store a freshly drawn attempt; practice and review attempts use the default rules."""
        rules = rules or _Rules()
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
            status=RecordStatus.OPEN.value,
        )
        session.add(attempt)
        session.flush()
        return attempt

    def _resumable(self, session, learner_id, kind, course_id, lesson_id) -> QuizAttempt | None:
        for attempt in records.attempts(session, learner_id, course_id, kind=kind):
            if (
                attempt.status == RecordStatus.OPEN
                and attempt.lesson_id == lesson_id
                and not self._stop_if_changed(attempt)
            ):
                return attempt
        return None

    def _stop_if_changed(self, attempt: QuizAttempt) -> bool:
        """Close an open attempt whose questions have left the library: it cannot be shown again
        as it was. Its answers stay; it no longer resumes or counts."""
        questions = self._library().questions
        if all(qid in questions for qid in attempt.question_ids):
            return False
        attempt.status = RecordStatus.STOPPED_CONTENT_CHANGED.value
        return True

    def _view(self, attempt: QuizAttempt, resumed: bool, left: int | None) -> AttemptView:
        shuffle = _Rules.from_json(attempt.rules).shuffle_options
        cases = self._library().cases
        questions = tuple(
            with_case(question_view(self._question(qid), attempt.seed, shuffle), cases.get(qid))
            for qid in attempt.question_ids
        )
        course_title, lesson_title = self._titles(attempt)
        return AttemptView(
            attempt_id=attempt.id,
            kind=AttemptKind(attempt.kind),
            course_id=attempt.course_id,
            course_title=course_title,
            lesson_title=lesson_title,
            pass_mark=attempt.pass_mark,
            questions=questions,
            responses={a.question_id: _response(a.response) for a in attempt.answers},
            resumed=resumed,
            deadline=as_utc(attempt.deadline),
            attempts_left=left,
        )

    def _titles(self, attempt: QuizAttempt) -> tuple[str, str | None]:
        """The titles of the course and lesson an attempt belongs to, as the content has them now;
        the course id stands in for a course that is gone, and no lesson title for a lesson gone."""
        if not attempt.course_id:
            return "", None
        course = next((c for c in self._library().courses if c.id == attempt.course_id), None)
        if course is None:
            return attempt.course_id, None
        lesson_title = None
        if attempt.kind == AttemptKind.PRACTICE and attempt.lesson_id:
            try:
                lesson_title = course.lesson(attempt.lesson_id).title
            except KeyError:
                lesson_title = None
        return course.title, lesson_title

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
            raise NotAvailable(ServiceCode.QUESTION_GONE, question=question_id) from None

    def _answerable_question(self, question_id: str) -> AnswerableQuestion:
        # An id drawn as answerable that now names a case (its bank was rewritten) is as gone
        # as a missing one: there is no single answer to show for it.
        question = self._question(question_id)
        if isinstance(question, CaseQuestion):
            raise NotAvailable(ServiceCode.QUESTION_GONE, question=question_id)
        return question

    def _owned(self, session: Session, actor: Actor, attempt_id: uuid.UUID) -> QuizAttempt:
        return owned_record(session, actor, QuizAttempt, attempt_id, ServiceCode.ATTEMPT_NOT_FOUND)

    def _open(
        self, session: Session, actor: Actor, attempt_id: uuid.UUID, *, lock: bool = False
    ) -> QuizAttempt:
        """The actor's attempt, if it is still open for answers; `lock` holds it until the
        transaction ends (see `records.locked_attempt`)."""
        if lock:
            records.locked_attempt(session, attempt_id)
        attempt = self._owned(session, actor, attempt_id)
        if attempt.status == RecordStatus.STOPPED_CONTENT_CHANGED:
            raise UserInputError(ServiceCode.ATTEMPT_STOPPED)
        if attempt.status != RecordStatus.OPEN:
            raise UserInputError(ServiceCode.ATTEMPT_SUBMITTED)
        return attempt

    def _course(self, course_id: str) -> Course:
        return require_course(self._library(), course_id)


def counted_attempt(attempts: Sequence[QuizAttempt], counts: CountedAttempt) -> QuizAttempt | None:
    """The submitted attempt that stands for the course: the best one, or the latest one."""
    submitted = [a for a in attempts if a.status == RecordStatus.COMPLETED]
    if not submitted:
        return None
    if counts is CountedAttempt.LAST:
        return max(submitted, key=lambda a: recorded_utc(a.submitted_at, "submitted_at"))
    return max(
        submitted,
        key=lambda a: (
            (a.earned or 0) / a.possible if a.possible else 0,
            recorded_utc(a.submitted_at, "submitted_at"),
        ),
    )


def attempt_percent(attempt: QuizAttempt) -> float:
    """A scored attempt's score as a percentage."""
    return 100.0 * (attempt.earned or 0) / attempt.possible if attempt.possible else 0.0


def _shows(policy: ReviewPolicy, level: ReviewPolicy) -> bool:
    order = list(ReviewPolicy)
    return order.index(policy) >= order.index(level)


def _response(stored: object) -> Response:
    if isinstance(stored, bool | str) or stored is None:
        return stored
    if isinstance(stored, list):
        return list(stored)
    return None
