"""Final quizzes: answers stored at once, scoring against the pass mark, review and resume."""

from __future__ import annotations

import pytest

from literacy_app.content.model import QuestionType, Tier
from literacy_app.services.errors import UserInputError


def right_answer(academy, question_id):
    for bank in academy.library().banks.values():
        for question in bank.questions:
            if question.id == question_id:
                answer = question.answer
                return list(answer) if isinstance(answer, tuple) else answer
    raise KeyError(question_id)


def wrong_answer(question):
    if question.type is QuestionType.TRUE_FALSE:
        return None  # left unanswered
    return [question.options[0][0]] if question.type is QuestionType.MULTIPLE else "Z"


@pytest.fixture
def started(academy):
    learner = academy.learners.create("学员", "", Tier.LEADER)
    course = academy.learning.learning_path(learner.id)[0]
    attempt = academy.assessment.start_or_resume(learner.id, course.course_id)
    return learner, course, attempt


def test_an_attempt_draws_the_configured_number_of_distinct_questions(academy, started) -> None:
    _, course, attempt = started
    rule = academy.library().course(course.course_id).spec.final_quiz
    assert len(attempt.questions) == rule.questions
    assert len({q.question_id for q in attempt.questions}) == rule.questions
    assert attempt.pass_mark == rule.pass_mark and not attempt.resumed and attempt.responses == {}


def test_each_answer_is_stored_the_moment_it_is_given(academy, make_academy, started) -> None:
    learner, course, attempt = started
    question = attempt.questions[0]
    academy.assessment.record_answer(
        attempt.attempt_id, question.question_id, right_answer(academy, question.question_id)
    )
    academy.close()
    # A second process on the same data directory sees the answer and resumes the same attempt.
    again = make_academy().assessment.start_or_resume(learner.id, course.course_id)
    assert again.resumed and again.attempt_id == attempt.attempt_id
    assert [q.question_id for q in again.questions] == [q.question_id for q in attempt.questions]
    assert again.responses == {question.question_id: right_answer(academy, question.question_id)}


def test_changing_an_answer_replaces_it(academy, started) -> None:
    _, _, attempt = started
    qid = attempt.questions[0].question_id
    academy.assessment.record_answer(attempt.attempt_id, qid, "A")
    academy.assessment.record_answer(attempt.attempt_id, qid, "B")
    result = academy.assessment.submit(attempt.attempt_id)
    assert result.items[0].response == "B"


def test_all_right_passes_with_full_marks_and_review_shows_everything(academy, started) -> None:
    learner, course, attempt = started
    for question in attempt.questions:
        academy.assessment.record_answer(
            attempt.attempt_id, question.question_id, right_answer(academy, question.question_id)
        )
    result = academy.assessment.submit(attempt.attempt_id)
    assert result.passed and result.earned == result.possible and result.percent == 100
    assert all(item.correct and item.explanation for item in result.items)
    progress = academy.learning.outline(learner.id, course.course_id).quiz
    assert (
        progress.passed
        and progress.best_percent == 100
        and progress.attempts == 1
        and not progress.in_progress
    )


def test_mostly_wrong_fails_and_the_review_names_the_right_answers(academy, started) -> None:
    _, _, attempt = started
    first, *rest = attempt.questions
    academy.assessment.record_answer(
        attempt.attempt_id, first.question_id, right_answer(academy, first.question_id)
    )
    for question in rest:
        answer = wrong_answer(question)
        if answer is not None:
            academy.assessment.record_answer(attempt.attempt_id, question.question_id, answer)
    result = academy.assessment.submit(attempt.attempt_id)
    assert not result.passed
    assert result.earned == first.points
    wrong = [item for item in result.items if not item.correct]
    assert len(wrong) == len(rest)
    assert all(item.answer not in (None, "Z") for item in wrong)


def test_submitting_nothing_is_refused_and_a_submitted_attempt_is_closed(academy, started) -> None:
    _, _, attempt = started
    with pytest.raises(UserInputError):
        academy.assessment.submit(attempt.attempt_id)
    qid = attempt.questions[0].question_id
    academy.assessment.record_answer(attempt.attempt_id, qid, right_answer(academy, qid))
    academy.assessment.submit(attempt.attempt_id)
    with pytest.raises(UserInputError):
        academy.assessment.record_answer(attempt.attempt_id, qid, "A")


def test_history_lists_only_submitted_attempts(academy, started) -> None:
    learner, course, attempt = started
    qid = attempt.questions[0].question_id
    academy.assessment.record_answer(attempt.attempt_id, qid, right_answer(academy, qid))
    academy.assessment.submit(attempt.attempt_id)
    second = academy.assessment.start_or_resume(learner.id, course.course_id)
    assert not second.resumed and second.attempt_id != attempt.attempt_id
    assert [h.attempt_id for h in academy.assessment.history(learner.id)] == [attempt.attempt_id]
