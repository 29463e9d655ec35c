"""Remembering what was missed: the mistake notebook scheduled with FSRS, review sessions and the
daily practice with its streak.

Every submitted attempt passes through `after_submit`: a question answered wrong gets a review
card, due at once; a question that already has a card is rated Good when answered right and Again
when wrong, and FSRS says when it is due next.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.library import Library
from literacy_app.content.model import CaseQuestion, Tier
from literacy_app.rules.responses import Response
from literacy_app.services.acting import Actor, acting_learner
from literacy_app.services.assessment import AssessmentService
from literacy_app.services.attempt_views import (
    AttemptKind,
    AttemptView,
    QuestionView,
    question_view,
    right_answer,
)
from literacy_app.services.errors import ServiceCode, UserInputError
from literacy_app.store import records
from literacy_app.store.models import (
    QuizAttempt,
    RecordStatus,
    ReviewCard,
    as_utc,
    recorded_utc,
    utc_now,
)

# fsrs is imported when a card is first scheduled, not at start-up: the learning path needs none.
if TYPE_CHECKING:
    from fsrs import Scheduler
    from fsrs.card import CardDict

DAILY_SIZE = 10
REVIEW_SESSION_SIZE = 20


@cache
def _scheduler() -> Scheduler:
    from fsrs import Scheduler

    # No minute-long learning steps: a question is reviewed at most once a day, not drilled.
    return Scheduler(enable_fuzzing=False, learning_steps=(), relearning_steps=())


@dataclass(frozen=True)
class NotebookEntry:
    question_id: str
    question: QuestionView  # options in the bank's own order and letters
    case_text: str
    answer: Response  # see `attempt_views.right_answer`
    explanation: str
    due: datetime
    lapses: int
    added_at: datetime


@dataclass(frozen=True)
class DailyStatus:
    due_reviews: int
    done_today: bool
    streak: int


class ReviewService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        library: Callable[[], Library],
        assessment: AssessmentService,
    ) -> None:
        self._sessions = sessions
        self._library = library
        self._assessment = assessment
        assessment.on_submitted.append(self.after_submit)

    # -- scheduling -----------------------------------------------------------------------------
    def after_submit(
        self, session: Session, attempt: QuizAttempt, credits: dict[str, float]
    ) -> None:
        """Put wrong answers in the notebook and rate the cards the attempt touched."""
        from fsrs import Card, Rating

        now = utc_now()
        cards = {
            c.question_id: c
            for c in session.scalars(
                select(ReviewCard).where(
                    ReviewCard.learner_id == attempt.learner_id,
                    ReviewCard.question_id.in_(list(credits)),
                )
            )
        }
        for question_id, share in credits.items():
            right = share >= 1.0
            card = cards.get(question_id)
            if card is None:
                if not right:
                    # A fresh mistake is due at once; FSRS starts rating it at its first review.
                    fresh = Card()
                    session.add(
                        ReviewCard(
                            learner_id=attempt.learner_id,
                            question_id=question_id,
                            course_id=attempt.course_id or None,
                            card=fresh.to_dict(),
                            due=now,
                            lapses=1,
                        )
                    )
                continue
            state, _ = _scheduler().review_card(
                # The column holds what `Card.to_dict` wrote; a JSON column is typed as a plain dict.
                Card.from_dict(cast("CardDict", card.card)),
                Rating.Good if right else Rating.Again,
                now,
            )
            card.card = dict(state.to_dict())
            card.due = state.due
            card.last_reviewed_at = now
            if not right:
                card.lapses = (card.lapses or 0) + 1

    def due_count(self, actor: Actor, moment: datetime | None = None) -> int:
        """Cards due by the end of today (local time)."""
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            return len(self._due(session, learner.id, _end_of_today(moment)))

    def notebook(self, actor: Actor) -> list[NotebookEntry]:
        """Every question the learner has missed, soonest due first."""
        library = self._library()
        cases = {sub_id: case.case for sub_id, case in library.cases.items()}
        with self._sessions() as session:
            learner = acting_learner(session, actor)
            cards = session.scalars(
                select(ReviewCard)
                .where(ReviewCard.learner_id == learner.id)
                .order_by(ReviewCard.due)
            ).all()
            entries = []
            for card in cards:
                question = library.questions.get(card.question_id)
                # Only answerable questions get cards; an id that now names a case (its bank was
                # rewritten) has no answer to show, like a question that is gone.
                if question is None or isinstance(question, CaseQuestion):
                    continue
                entries.append(
                    NotebookEntry(
                        card.question_id,
                        question_view(question, 0, False),
                        cases.get(card.question_id, ""),
                        right_answer(question),
                        question.explanation,
                        as_utc(card.due),
                        card.lapses,
                        as_utc(card.added_at),
                    )
                )
            return entries

    # -- sessions -------------------------------------------------------------------------------
    def start_review(self, actor: Actor) -> AttemptView:
        """A session of the cards due today."""
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            due = [c.question_id for c in self._due(session, learner.id, _end_of_today())][
                :REVIEW_SESSION_SIZE
            ]
            if not due:
                raise UserInputError(ServiceCode.NOTHING_DUE)
            return self._assessment.start_questions(session, actor, AttemptKind.REVIEW, due)

    def start_daily(self, actor: Actor) -> AttemptView:
        """Today's practice: due reviews first, then questions new to the learner from their tier's courses."""
        open_daily = [u for u in self._assessment.unfinished(actor) if u.kind is AttemptKind.DAILY]
        if open_daily:
            return self._assessment.resume(actor, open_daily[0].attempt_id)
        library = self._library()
        with self._sessions.begin() as session:
            learner = acting_learner(session, actor)
            chosen = [c.question_id for c in self._due(session, learner.id, _end_of_today())][
                :DAILY_SIZE
            ]
            seen = set()
            for attempt in records.attempts(session, learner.id):
                seen.update(attempt.question_ids)
            fresh = [
                q.id
                for course in library.courses_for(Tier(learner.tier))
                for bank_id in (course.spec.final_quiz.banks if course.spec.final_quiz else ())
                for q in library.banks[bank_id].questions
                if q.id not in seen and q.id not in chosen
            ]
            fresh = list(dict.fromkeys(fresh))
            random.Random().shuffle(fresh)
            chosen += fresh[: DAILY_SIZE - len(chosen)]
            if not chosen:
                raise UserInputError(ServiceCode.NOTHING_TO_PRACTISE)
            return self._assessment.start_questions(session, actor, AttemptKind.DAILY, chosen)

    def daily_status(self, actor: Actor, today: date | None = None) -> DailyStatus:
        """How many reviews are due, whether today's practice is done, and the streak in days."""
        today = today or datetime.now().astimezone().date()
        with self._sessions() as session:
            learner_id = acting_learner(session, actor).id
            days = {
                recorded_utc(a.submitted_at, "submitted_at").astimezone().date()
                for a in records.attempts(session, learner_id, kind=AttemptKind.DAILY)
                if a.status == RecordStatus.COMPLETED
            }
            due = len(self._due(session, learner_id, _end_of_today()))
        streak = 0
        day = today if today in days else today - timedelta(days=1)
        while day in days:
            streak += 1
            day -= timedelta(days=1)
        return DailyStatus(due, today in days, streak)

    def _due(self, session: Session, learner_id: uuid.UUID, until: datetime) -> list[ReviewCard]:
        library = self._library()
        cards = session.scalars(
            select(ReviewCard).where(ReviewCard.learner_id == learner_id).order_by(ReviewCard.due)
        ).all()
        return [c for c in cards if as_utc(c.due) <= until and c.question_id in library.questions]


def _end_of_today(moment: datetime | None = None) -> datetime:
    local = (moment or datetime.now()).astimezone()
    return local.replace(hour=23, minute=59, second=59, microsecond=999999)
