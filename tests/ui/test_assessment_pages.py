"""The assessment engine driven through the window: every type, a timed exam, a resume after
SIGKILL, a review session, the daily practice and a scenario drill to its debrief."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from literacy_app.content.model import Tier
from literacy_app.services.attempt_views import AttemptKind
from literacy_app.store.models import QuizAttempt, utc_now
from literacy_app.ui.pages import quiz as quiz_module
from literacy_app.ui.question_widgets import FillEditor, MatchingEditor, OrderingEditor

from ..engine_content import write_engine_content
from .conftest import answer_right
from .drive import choose, editor

TIMED = "  questions: 7\n  pass_mark: 60\n  time_limit: 30"


def engine_window(
    tmp_path, make_academy, open_window, rules="  questions: 7\n  pass_mark: 60", tier=Tier.LEADER
):
    content = write_engine_content(tmp_path / "content", rules)
    academy = make_academy(content)
    academy.learners.create("学员", "", tier)
    return academy, open_window(academy)


def test_every_question_type_is_answered_through_its_widgets(
    tmp_path, make_academy, open_window, qtbot
):
    academy, window = engine_window(tmp_path, make_academy, open_window)
    window.start_quiz("engine-course")
    page = window.quiz_page
    editors = [type(e) for card in page.cards for e in card.editors.values()]
    assert {FillEditor, OrderingEditor, MatchingEditor} <= set(editors)
    case = next(c for c in page.cards if c.question.case_text)
    assert len(case.editors) == 2
    ordering = next(
        e for c in page.cards for e in c.editors.values() if isinstance(e, OrderingEditor)
    )
    ordering.list.setCurrentRow(1)
    qtbot.mouseClick(ordering.up, Qt.MouseButton.LeftButton)  # the buttons move the selected item
    assert ordering.list.currentRow() == 0
    for card in page.cards:
        answer_right(card, academy.library())
    assert page.counter.text() == "已答 8 / 8 题"
    page.submit_button.click()
    assert window.stack.currentWidget() is window.result_page
    assert window.result_page.score.text() == "100 分"
    assert len(window.result_page.review_cards) == 8


def test_a_timed_exam_counts_down_and_hands_itself_in(tmp_path, make_academy, open_window):
    academy, window = engine_window(tmp_path, make_academy, open_window, TIMED)
    window.start_quiz("engine-course")
    page = window.quiz_page
    assert page.clock.isVisibleTo(window) and page.clock.text() in {"剩余 30:00", "剩余 29:59"}
    single = next(c for c in page.cards if c.question.question_id == "eng-single")
    choose(editor(single), "B")
    with academy.assessment._sessions.begin() as session:
        session.get(QuizAttempt, page.attempt.attempt_id).deadline = utc_now() - timedelta(
            seconds=1
        )
    page.attempt = academy.assessment.resume(window.actor, page.attempt.attempt_id)
    page._tick()  # the next second of the countdown
    assert window.stack.currentWidget() is window.result_page
    result = window.result_page.result
    assert result.timed_out and result.earned == 1
    assert "时间到" in window.result_page.header.subtitle.text()


def test_a_quiz_killed_with_sigkill_resumes_with_its_answers_and_time(
    tmp_path, make_academy, open_window, monkeypatch, data_dir
):
    content = write_engine_content(tmp_path / "content", TIMED)
    driver = Path(__file__).with_name("killed_quiz.py")
    process = subprocess.Popen(
        [sys.executable, str(driver), str(data_dir), str(content)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )  # fmt: skip
    try:
        line = process.stdout.readline()
        assert line.startswith("READY"), line
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
    asked: list[str] = []
    monkeypatch.setattr(
        "literacy_app.ui.main_window.confirm",
        lambda parent, title, text: asked.append(text) or True,
    )
    academy = make_academy(content)
    window = open_window(academy)
    assert (
        asked
        and "没有交卷（已答 2 / 8 题）" in asked[0]
        and "计时在程序关闭期间没有暂停" in asked[0]
    )
    page = window.quiz_page
    assert window.stack.currentWidget() is page and page.attempt.resumed
    assert str(page.attempt.attempt_id) == line.split()[1]
    cards = {c.question.question_id: c for c in page.cards}
    assert editor(cards["eng-single"]).response() == "B"
    assert editor(cards["eng-fill"]).response() == ["5", "24"]
    assert 0 < page.remaining_seconds() <= 30 * 60
    assert page.counter.text() == "已答 2 / 8 题"


def test_wrong_answers_go_to_the_notebook_and_a_review_session_clears_them(
    tmp_path, make_academy, open_window
):
    academy, window = engine_window(tmp_path, make_academy, open_window)
    window.start_quiz("engine-course")
    page = window.quiz_page
    cards = {c.question.question_id: c for c in page.cards}
    choose(editor(cards["eng-single"]), "A")
    choose(editor(cards["eng-truefalse"]), False)
    quiz_module_confirm = quiz_module.confirm
    quiz_module.confirm = lambda *args: True
    try:
        page.submit_button.click()
    finally:
        quiz_module.confirm = quiz_module_confirm
    window.show_section("notebook")
    notebook = window.notebook_page
    assert len(notebook.entry_cards) == 7  # every part not answered right
    assert notebook.review_button.isEnabled() and "7" in notebook.review_button.text()
    assert "今天有 7 道错题待复习" in (
        window.show_section("path") or window.path_page.header.subtitle.text()
    )
    window.show_section("notebook")
    notebook.review_button.click()
    review = window.quiz_page
    assert review.attempt.kind is AttemptKind.REVIEW and len(review.attempt.answerable()) == 7
    for card in review.cards:
        answer_right(card, academy.library())
    review.submit_button.click()
    assert window.result_page.score.text() == "100 分"
    assert academy.review.due_count(window.actor) == 0
    window.show_section("notebook")
    assert len(notebook.entry_cards) == 7 and not notebook.review_button.isEnabled()


def test_the_daily_practice_mixes_reviews_and_new_questions_and_keeps_a_streak(
    make_academy, open_window
):
    academy = make_academy()
    academy.learners.create("学员", "", Tier.PUBLIC)
    window = open_window(academy)
    window.show_section("daily")
    daily = window.daily_page
    assert daily.figures["streak"].text() == "0 天" and daily.figures["today"].text() == "未完成"
    daily.daily_button.click()
    page = window.quiz_page
    assert page.attempt.kind is AttemptKind.DAILY and len(page.attempt.questions) == 10
    for card in page.cards:
        answer_right(card, academy.library())
    page.submit_button.click()
    assert window.result_page.score.text() == "100 分"
    window.result_page.header.back.click()
    assert window.stack.currentWidget() is daily
    assert daily.figures["streak"].text() == "1 天" and daily.figures["today"].text() == "已完成"
    assert daily.daily_button.text() == "再练一组"


def test_a_scenario_runs_to_its_debrief(make_academy, open_window):
    academy = make_academy()
    academy.learners.create("学员", "", Tier.OPERATOR)
    window = open_window(academy)
    window.show_section("scenarios")
    listing = window.scenario_page
    [scenario_id] = listing.start_buttons
    listing.start_buttons[scenario_id].click()
    run = window.scenario_run_page
    assert window.stack.currentWidget() is run
    assert "虚构" in run.fiction.text() and run.choice_cards
    steps = 0
    timed_out_once = False
    while window.stack.currentWidget() is run:
        if run.view.time_limit and not timed_out_once:
            assert run.clock.text().startswith("决策时限")
            run.choose(None)  # let the clock run out once
            timed_out_once = True
        else:
            run.choice_cards[0].mousePressEvent(_Click())
        steps += 1
        assert steps < 20
    debrief = window.debrief_page
    assert window.stack.currentWidget() is debrief
    assert set(debrief.bars) == {"timeliness", "accuracy", "transparency", "empathy", "compliance"}
    shown = [w.text() for w in debrief.findChildren(type(debrief.ending_title))]
    # The dimension ids are the file's; the learner reads their names.
    assert {"时效", "准确", "透明", "共情", "合规"} <= set(shown)
    assert not [t for t in shown if "timeliness" in t or "empathy" in t]
    assert debrief.ending_title.text().startswith("结局：")
    assert "超时，未作决定" in " ".join(
        w.text() for w in debrief.findChildren(type(debrief.ending_title)) if w.text()
    )
    window.show_section("scenarios")
    assert "继续推演" not in listing.start_buttons[scenario_id].text()


class _Click:
    def accept(self) -> None:
        pass


def test_a_drill_stage_whose_time_ran_out_while_away_times_out_on_return(make_academy, open_window):
    from dataclasses import replace

    academy = make_academy()
    academy.learners.create("学员", "", Tier.PUBLIC)
    window = open_window(academy)
    window.show_section("scenarios")
    scenario_id = next(iter(window.scenario_page.start_buttons))
    window.start_scenario(scenario_id)
    run = window.scenario_run_page
    first = run.view
    assert first.time_limit and run.remaining_seconds() > first.time_limit - 5
    run.view = replace(
        first, stage_started_at=first.stage_started_at - timedelta(seconds=first.time_limit + 1)
    )
    assert run.remaining_seconds() == 0
    run._tick()
    assert run.view is None or run.view.stage_id != first.stage_id  # the timeout outcome was taken


def test_the_countdown_never_hands_in_early_and_keeps_watching(tmp_path, make_academy, open_window):
    academy, window = engine_window(tmp_path, make_academy, open_window, TIMED)
    window.start_quiz("engine-course")
    page = window.quiz_page
    almost = utc_now() + timedelta(milliseconds=900)
    with academy.assessment._sessions.begin() as session:
        session.get(QuizAttempt, page.attempt.attempt_id).deadline = almost
    page.attempt = academy.assessment.resume(window.actor, page.attempt.attempt_id)
    assert page.remaining_seconds() == 1  # not shown as 0 while time is left
    page.time_up()  # even if asked early, the attempt stays open and the clock keeps running
    assert window.stack.currentWidget() is page and page._ticker.isActive()


def test_a_quiz_stopped_by_a_course_change_shows_in_the_records(
    tmp_path, make_academy, open_window
):
    content = write_engine_content(tmp_path / "content")
    academy = make_academy(content)
    _, learner = academy.learners.create("学员", "", Tier.LEADER)
    attempt = academy.assessment.start_final(learner, "engine-course")
    academy.assessment.record_answer(learner, attempt.attempt_id, "eng-single", "B")
    academy.close()
    bank = content / "quizzes" / "engine-bank.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("id: eng-single\n", "id: eng-one\n"))

    window = open_window(make_academy(content))  # nothing to resume: no question is asked
    window.show_section("records")
    records = window.records_page
    model = records.model
    assert model.rowCount() == 1 and records.table.isVisibleTo(window)
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown[0] == "引擎测试课程" and shown[3] == "—" and shown[4] == "课程已更新，已停止"
    records.table.doubleClicked.emit(model.index(0, 0))
    assert window.stack.currentWidget() is records  # a stopped attempt has no result to open


def test_a_service_refusal_is_shown_in_plain_words(make_academy, open_window, message_boxes):
    academy = make_academy()
    academy.learners.create("学员", "", Tier.PUBLIC)
    window = open_window(academy)
    window.show_section("notebook")
    window.notebook_page.review_requested.emit()
    assert message_boxes == ["无法完成 今天没有需要复习的错题。"]
    message_boxes.clear()
