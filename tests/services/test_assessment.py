"""The assessment engine through its service: every type, the exam rules, resume and review."""

from __future__ import annotations

from datetime import timedelta

import pytest

from literacy_app.content.model import QuestionType, ReviewPolicy, Tier
from literacy_app.content.problems import errors_among
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.services.errors import ServiceCode, UserInputError
from literacy_app.store.models import QuizAttempt

from ..engine_content import RIGHT, write_engine_content


@pytest.fixture
def engine(tmp_path, make_academy):
    def make(rules: str = "  questions: 7\n  pass_mark: 60"):
        academy = make_academy(write_engine_content(tmp_path / "content", rules))
        assert not errors_among(academy.library().problems), academy.library().problems
        _, learner = academy.learners.create("学员", "", Tier.LEADER)
        return academy, learner

    return make


def answer_all(academy, learner, attempt, answers) -> None:
    for view in attempt.answerable():
        if view.question_id in answers:
            academy.assessment.record_answer(
                learner, attempt.attempt_id, view.question_id, answers[view.question_id]
            )


def test_every_type_scores_full_marks_when_right(engine) -> None:
    academy, learner = engine()
    attempt = academy.assessment.start_final(learner, "engine-course")
    assert {q.type for q in attempt.questions} == set(QuestionType)
    case = next(q for q in attempt.questions if q.type is QuestionType.CASE)
    assert case.case_text.startswith("（虚构）") and [p.question_id for p in case.parts] == [
        "eng-case-1",
        "eng-case-2",
    ]
    answer_all(academy, learner, attempt, RIGHT)
    result = academy.assessment.submit(learner, attempt.attempt_id)
    assert (result.earned, result.possible) == (1 + 3 + 1 + 2 + 1 + 3 + 1 + 1, 13)
    assert result.passed and all(item.correct for item in result.items)
    fill = next(i for i in result.items if i.question.question_id == "eng-fill")
    assert fill.right_answer == ["5 / 五", "24 / 二十四"]


def test_partial_answers_earn_partial_credit(engine) -> None:
    academy, learner = engine("  questions: 7\n  pass_mark: 60\n  multiple_scoring: partial")
    attempt = academy.assessment.start_final(learner, "engine-course")
    answer_all(
        academy,
        learner,
        attempt,
        {"eng-multiple": ["A", "C"], "eng-fill": ["5", "48"], "eng-matching": [0, 2, 1]},
    )
    result = academy.assessment.submit(learner, attempt.attempt_id)
    assert result.earned == pytest.approx(2 + 1 + 1)  # 2/3 of 3, 1/2 of 2, 1/3 of 3
    assert not result.passed


def test_answers_are_stored_at_once_and_an_attempt_resumes_exactly(engine, make_academy) -> None:
    academy, learner = engine("  questions: 7\n  pass_mark: 60\n  shuffle_options: true")
    attempt = academy.assessment.start_final(learner, "engine-course")
    answer_all(academy, learner, attempt, {"eng-single": "B", "eng-ordering": [3, 2, 1, 0]})
    shown = [(q.question_id, q.options, q.items, q.rights) for q in attempt.questions]
    academy.close()
    again = make_academy(academy.config.content_paths[0]).assessment.start_final(
        learner, "engine-course"
    )
    assert again.resumed and again.attempt_id == attempt.attempt_id
    assert [(q.question_id, q.options, q.items, q.rights) for q in again.questions] == shown
    assert again.responses == {"eng-single": "B", "eng-ordering": [3, 2, 1, 0]}


def test_shuffled_options_get_letters_in_shown_order_and_keys_stay(engine) -> None:
    academy, learner = engine("  questions: 7\n  pass_mark: 60\n  shuffle_options: true")
    seen_orders = set()
    for _ in range(6):
        attempt = academy.assessment.start_final(learner, "engine-course")
        multiple = next(q for q in attempt.questions if q.question_id == "eng-multiple")
        assert [letter for _, letter, _ in multiple.options] == ["A", "B", "C", "D"]
        seen_orders.add(tuple(key for key, _, _ in multiple.options))
        academy.assessment.record_answer(
            learner, attempt.attempt_id, "eng-multiple", ["A", "C", "D"]
        )  # keys, not letters
        result = academy.assessment.submit(learner, attempt.attempt_id)
        assert next(i for i in result.items if i.question.question_id == "eng-multiple").correct
    assert len(seen_orders) > 1


def test_ordering_never_starts_in_the_right_order(engine) -> None:
    academy, learner = engine()
    for _ in range(10):
        attempt = academy.assessment.start_final(learner, "engine-course")
        ordering = next(q for q in attempt.questions if q.question_id == "eng-ordering")
        assert [index for index, _ in ordering.items] != [0, 1, 2, 3]
        academy.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "A")
        academy.assessment.submit(learner, attempt.attempt_id)


def test_draw_filters_and_quotas(engine) -> None:
    academy, learner = engine(
        "  questions: 3\n  pass_mark: 60\n  tags: [甲组, 丙组]\n  quotas: {丙组: 2}"
    )
    attempt = academy.assessment.start_final(learner, "engine-course")
    ids = {q.question_id for q in attempt.questions}
    assert {"eng-ordering", "eng-matching"} <= ids and ids <= {
        "eng-single",
        "eng-multiple",
        "eng-ordering",
        "eng-matching",
    }


def test_time_limit_sets_a_deadline_and_late_answers_are_refused(engine) -> None:
    academy, learner = engine("  questions: 7\n  pass_mark: 60\n  time_limit: 20")
    attempt = academy.assessment.start_final(learner, "engine-course")
    remaining = attempt.deadline - attempt_started(academy, attempt)
    assert remaining == timedelta(minutes=20)
    academy.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "B")
    move_deadline(academy, attempt, -timedelta(minutes=1))
    with pytest.raises(UserInputError, match=ServiceCode.TIME_UP):
        academy.assessment.record_answer(learner, attempt.attempt_id, "eng-truefalse", False)
    result = academy.assessment.submit_if_expired(learner, attempt.attempt_id)
    assert result is not None and result.timed_out and result.earned == 1


def attempt_started(academy, attempt):
    from literacy_app.store.models import as_utc

    with academy.assessment._sessions() as session:
        return as_utc(session.get(QuizAttempt, attempt.attempt_id).started_at)


def move_deadline(academy, attempt, delta) -> None:
    from literacy_app.store.models import utc_now

    with academy.assessment._sessions.begin() as session:
        session.get(QuizAttempt, attempt.attempt_id).deadline = utc_now() + delta


def test_maximum_attempts(engine) -> None:
    academy, learner = engine("  questions: 7\n  pass_mark: 60\n  max_attempts: 2")
    for left in (1, 0):
        attempt = academy.assessment.start_final(learner, "engine-course")
        assert attempt.attempts_left == left
        academy.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "B")
        academy.assessment.submit(learner, attempt.attempt_id)
    with pytest.raises(UserInputError, match=ServiceCode.ATTEMPTS_USED_UP):
        academy.assessment.start_final(learner, "engine-course")


@pytest.mark.parametrize(
    ("counts", "expected"), [("highest", 100.0), ("last", pytest.approx(100 / 13))]
)
def test_which_attempt_counts(engine, counts, expected) -> None:
    academy, learner = engine(f"  questions: 7\n  pass_mark: 60\n  counts: {counts}")
    first = academy.assessment.start_final(learner, "engine-course")
    answer_all(academy, learner, first, RIGHT)
    academy.assessment.submit(learner, first.attempt_id)
    second = academy.assessment.start_final(learner, "engine-course")
    answer_all(academy, learner, second, {"eng-single": "B"})
    academy.assessment.submit(learner, second.attempt_id)
    outline = academy.learning.outline(learner, "engine-course")
    assert outline.quiz.best_percent == expected
    assert outline.quiz.passed is (counts == "highest")


@pytest.mark.parametrize("policy", list(ReviewPolicy))
def test_review_policy_limits_what_is_shown(engine, policy) -> None:
    academy, learner = engine(f"  questions: 7\n  pass_mark: 60\n  review: {policy.value}")
    attempt = academy.assessment.start_final(learner, "engine-course")
    answer_all(academy, learner, attempt, {"eng-single": "A"})
    result = academy.assessment.submit(learner, attempt.attempt_id)
    item = next(i for i in result.items if i.question.question_id == "eng-single")
    assert result.earned == 0 and result.review is policy
    order = list(ReviewPolicy)
    assert (item.response is not None) is (order.index(policy) >= 1)
    assert (item.right_answer is not None) is (order.index(policy) >= 2)
    assert (item.explanation is not None) is (order.index(policy) >= 3)


def test_practice_after_a_lesson_is_untimed_unlimited_and_does_not_count(engine) -> None:
    academy, learner = engine("  questions: 7\n  pass_mark: 60\n  max_attempts: 1\n  time_limit: 5")
    for _ in range(3):
        practice = academy.assessment.start_practice(learner, "engine-course", "only")
        assert practice.kind is AttemptKind.PRACTICE and practice.deadline is None
        assert {q.question_id for q in practice.questions} <= {"eng-single", "eng-multiple"}
        answer_all(academy, learner, practice, RIGHT)
        assert academy.assessment.submit(learner, practice.attempt_id).passed
    assert academy.learning.outline(learner, "engine-course").quiz.attempts == 0


def test_unfinished_attempts_are_listed_for_the_next_start(engine) -> None:
    academy, learner = engine()
    attempt = academy.assessment.start_final(learner, "engine-course")
    answer_all(academy, learner, attempt, {"eng-single": "B", "eng-case-1": "A"})
    [open_one] = academy.assessment.unfinished(learner)
    assert (open_one.attempt_id, open_one.answered, open_one.total) == (attempt.attempt_id, 2, 8)


def test_submitting_nothing_is_refused_and_a_submitted_attempt_is_closed(engine) -> None:
    academy, learner = engine()
    attempt = academy.assessment.start_final(learner, "engine-course")
    with pytest.raises(UserInputError):
        academy.assessment.submit(learner, attempt.attempt_id)
    academy.assessment.record_answer(learner, attempt.attempt_id, "eng-fill", ["", ""])
    with pytest.raises(UserInputError):
        academy.assessment.submit(learner, attempt.attempt_id)  # empty blanks are not an answer
    academy.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "B")
    academy.assessment.submit(learner, attempt.attempt_id)
    with pytest.raises(UserInputError):
        academy.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "A")
    assert [h.attempt_id for h in academy.assessment.history(learner)] == [attempt.attempt_id]


def test_the_shipped_final_quizzes_draw_and_pass(academy) -> None:
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    for course in academy.library().courses:
        attempt = academy.assessment.start_final(learner, course.id)
        assert len(attempt.questions) == course.spec.final_quiz.questions
        for view in attempt.answerable():
            question = academy.library().questions[view.question_id]
            key = getattr(question, "answer", None)
            right = list(key) if isinstance(key, tuple) else key
            if view.type is QuestionType.FILL:
                right = [accepted[0] for accepted in question.blanks]
            elif view.type is QuestionType.ORDERING:
                right = list(range(len(question.items)))
            elif view.type is QuestionType.MATCHING:
                right = list(range(len(question.pairs)))
            academy.assessment.record_answer(learner, attempt.attempt_id, view.question_id, right)
        assert academy.assessment.submit(learner, attempt.attempt_id).percent == 100
