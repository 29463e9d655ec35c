"""Two windows on one database answering the same question at the same moment both succeed."""

from __future__ import annotations

import contextlib
import itertools
import threading

from literacy_app.content.model import Tier
from literacy_app.services.errors import UserInputError

from ..engine_content import write_engine_content


def test_the_same_answer_saved_from_two_windows_at_once_never_fails(tmp_path, make_academy) -> None:
    content = write_engine_content(tmp_path / "content", "  questions: 7\n  pass_mark: 60")
    first = make_academy(content)
    _, learner = first.learners.create("学员", "", Tier.LEADER)
    attempt = first.assessment.start_final(learner, "engine-course")
    questions = [view.question_id for view in attempt.answerable()]
    # Each window is its own program with its own engine (connection pool) on the same file.
    windows = [first, make_academy(content)]
    failures: list[BaseException] = []
    start = threading.Barrier(len(windows))

    def answer(window, response: str) -> None:
        start.wait()
        for _ in range(15):
            for question in questions:
                try:
                    window.assessment.record_answer(learner, attempt.attempt_id, question, response)
                except BaseException as error:  # every failure counts, whatever its kind
                    failures.append(error)

    threads = [
        threading.Thread(target=answer, args=(window, response))
        for window, response in zip(windows, "AB", strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    saved = first.assessment.resume(learner, attempt.attempt_id)
    assert set(saved.responses) == set(questions)
    assert set(saved.responses.values()) <= {"A", "B"}


def test_an_answer_given_while_another_window_hands_the_attempt_in_is_counted_or_refused(
    tmp_path, make_academy
) -> None:
    content = write_engine_content(tmp_path / "content", "  questions: 7\n  pass_mark: 60")
    answering, handing_in = make_academy(content), make_academy(content)
    _, learner = answering.learners.create("学员", "", Tier.LEADER)
    for _ in range(12):
        attempt = answering.assessment.start_final(learner, "engine-course")
        answering.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "A")
        start = threading.Barrier(2)

        def answer_right_until_refused(attempt_id=attempt.attempt_id, start=start) -> None:
            start.wait()
            with contextlib.suppress(UserInputError):  # handed in: refused, as it should be
                for response in itertools.cycle("AB"):
                    answering.assessment.record_answer(learner, attempt_id, "eng-single", response)

        thread = threading.Thread(target=answer_right_until_refused)
        thread.start()
        start.wait()
        result = handing_in.assessment.submit(learner, attempt.attempt_id)
        thread.join()
        # The answer the attempt keeps is the one it was scored on (the single choice is worth 1).
        [item] = [i for i in result.items if i.question.question_id == "eng-single"]
        assert result.earned == (1 if item.response == "B" else 0), item.response
