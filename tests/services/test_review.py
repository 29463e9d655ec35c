"""The mistake notebook on FSRS, review sessions, the daily practice and its streak."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.errors import ServiceCode, UserInputError
from literacy_app.store.models import QuizAttempt, RecordStatus, utc_now

from ..engine_content import RIGHT, write_engine_content


@pytest.fixture
def engine(tmp_path, make_academy):
    academy = make_academy(write_engine_content(tmp_path / "content"))
    return academy, academy.learners.create("学员", "", Tier.PUBLIC)[1]


def submit(academy, learner, attempt, answers):
    for view in attempt.answerable():
        if view.question_id in answers:
            academy.assessment.record_answer(
                learner, attempt.attempt_id, view.question_id, answers[view.question_id]
            )
    return academy.assessment.submit(learner, attempt.attempt_id, allow_empty=True)


def test_wrong_answers_enter_the_notebook_due_at_once(engine) -> None:
    academy, learner = engine
    attempt = academy.assessment.start_final(learner, "engine-course")
    submit(academy, learner, attempt, {**RIGHT, "eng-single": "A", "eng-fill": ["5", "48"]})
    notebook = academy.review.notebook(learner)
    assert {e.question_id for e in notebook} == {"eng-single", "eng-fill"}
    single = next(e for e in notebook if e.question_id == "eng-single")
    assert single.answer == "B" and single.explanation and single.lapses == 1
    assert academy.review.due_count(learner) == 2


def test_reviewing_right_pushes_the_card_days_away_and_wrong_brings_it_back(engine) -> None:
    academy, learner = engine
    first = academy.assessment.start_final(learner, "engine-course")
    submit(academy, learner, first, {**RIGHT, "eng-single": "A"})
    review = academy.review.start_review(learner)
    assert review.kind is AttemptKind.REVIEW and [q.question_id for q in review.questions] == [
        "eng-single"
    ]
    submit(academy, learner, review, {"eng-single": "B"})
    [entry] = academy.review.notebook(learner)
    assert entry.due - utc_now() > timedelta(hours=20)
    assert academy.review.due_count(learner, utc_now() + timedelta(days=30)) == 1
    with pytest.raises(UserInputError, match=ServiceCode.NOTHING_DUE):
        academy.review.start_review(learner)
    # Wrong again in a later quiz: rated Again, one more lapse.
    again = academy.assessment.start_final(learner, "engine-course")
    submit(academy, learner, again, {**RIGHT, "eng-single": "C"})
    [entry] = academy.review.notebook(learner)
    assert entry.lapses == 2


def test_daily_practice_puts_due_reviews_first_then_new_questions(engine) -> None:
    academy, learner = engine
    submit(
        academy,
        learner,
        academy.assessment.start_final(learner, "engine-course"),
        {**RIGHT, "eng-truefalse": True},
    )
    daily = academy.review.start_daily(learner)
    assert daily.kind is AttemptKind.DAILY
    assert [q.question_id for q in daily.questions] == [
        "eng-truefalse"
    ]  # everything else was seen already
    assert academy.review.start_daily(learner).attempt_id == daily.attempt_id  # an open one resumes


def test_the_streak_counts_consecutive_days_ending_today_or_yesterday(engine) -> None:
    academy, learner = engine
    today = date(2026, 11, 26)
    with academy.assessment._sessions.begin() as session:
        for days_ago in (0, 1, 2, 4):
            noon = datetime.combine(today - timedelta(days=days_ago), time(12)).astimezone()
            session.add(
                QuizAttempt(
                    learner_id=learner.user_id,
                    kind="daily",
                    course_id="",
                    content_hash="",
                    seed=1,
                    question_ids=[],
                    pass_mark=60,
                    submitted_at=noon,
                    earned=0,
                    possible=0,
                    status=RecordStatus.COMPLETED,
                )
            )
    status = academy.review.daily_status(learner, today)
    assert status.done_today and status.streak == 3
    assert (
        academy.review.daily_status(learner, today + timedelta(days=1)).streak == 3
    )  # not broken until tomorrow ends
    assert academy.review.daily_status(learner, today + timedelta(days=2)).streak == 0
