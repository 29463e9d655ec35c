"""Two windows on one database answering the same question at the same moment both succeed."""

from __future__ import annotations

import threading

from literacy_app.content.model import Tier

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
