"""The shipped curriculum: complete for every tier, well-formed lessons and banks, no copied paragraphs."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from literacy_app.content.model import CaseQuestion, QuestionType, Requirement, Tier

from . import curriculum_measures as measures
from .conftest import SHIPPED

LIBRARY = load_library(SHIPPED)
CJK = re.compile(r"[\u4e00-\u9fff]")


def lessons():
    return [(course, lesson) for course in LIBRARY.courses for lesson in course.lessons]


def all_questions():
    for bank in LIBRARY.banks.values():
        for question in bank.questions:
            yield question
            if isinstance(question, CaseQuestion):
                yield from question.questions


def test_the_curriculum_validates() -> None:
    assert LIBRARY.problems == () and LIBRARY.unavailable == ()


@pytest.mark.parametrize("tier", list(Tier))
def test_every_tier_has_at_least_two_required_courses(tier: Tier) -> None:
    required = [c for c in LIBRARY.courses if c.spec.tiers.get(tier) is Requirement.REQUIRED]
    assert len(required) >= 2, [c.id for c in required]


@pytest.mark.parametrize("course", LIBRARY.courses, ids=lambda c: c.id)
def test_each_course_has_four_lessons_a_big_bank_and_a_final_quiz(course) -> None:
    assert len(course.lessons) >= 4
    rule = course.spec.final_quiz
    assert rule is not None and 50 <= rule.pass_mark <= 80
    bank = [q for bank_id in rule.banks for q in LIBRARY.banks[bank_id].questions]
    assert len(bank) >= 25
    assert {q.type for q in bank} >= {
        QuestionType.SINGLE,
        QuestionType.MULTIPLE,
        QuestionType.TRUE_FALSE,
    }
    assert len({q.type for q in bank}) >= 5, "a bank mixes the question types"


@pytest.mark.parametrize(("course", "lesson"), lessons(), ids=lambda x: getattr(x, "id", ""))
def test_each_lesson_is_complete(course, lesson) -> None:
    characters = len(CJK.findall(lesson.body))
    assert 800 <= characters <= 2500, f"{lesson.path}: {characters} Chinese characters"
    assert lesson.meta.objectives
    assert "虚构" in lesson.body, f"{lesson.path}: a worked case marked as fictional"
    assert "## 要点小结" in lesson.body


def test_every_explanation_teaches() -> None:
    short = [
        q.id
        for q in all_questions()
        if len(CJK.findall(q.explanation)) < 20 and not isinstance(q, CaseQuestion)
    ]
    assert not short


def test_question_ids_are_unique_across_banks() -> None:
    ids = [q.id for q in all_questions()]
    assert len(ids) == len(set(ids))


def _paragraphs():
    """Each paragraph of 40+ Chinese characters as a set of 4-character runs (shared law names and
    numbers alone stay well below the thresholds; a paragraph copied and lightly edited does not)."""
    for _course, lesson in lessons():
        for block in re.split(r"\n\s*\n", lesson.body):
            text = "".join(CJK.findall(block))
            if len(text) >= 40:
                yield (
                    lesson.path,
                    block.strip()[:40],
                    {text[i : i + 4] for i in range(len(text) - 3)},
                )


def test_no_two_lessons_share_a_paragraph() -> None:
    found = list(_paragraphs())
    twins = []
    for (path_a, head_a, grams_a), (path_b, head_b, grams_b) in combinations(found, 2):
        shared = len(grams_a & grams_b)
        similar = shared / len(grams_a | grams_b)  # the two paragraphs are alike as a whole
        contained = shared / min(len(grams_a), len(grams_b))  # one is mostly inside the other
        if similar >= 0.5 or contained >= 0.8:
            twins.append(
                f"{path_a} «{head_a}» ~ {path_b} «{head_b}» ({similar:.0%}, {contained:.0%})"
            )
    assert not twins, twins


# Issue 12: banks that cannot be gamed (tests/curriculum_measures.py defines each measure).
@pytest.mark.parametrize("bank", list(LIBRARY.banks.values()), ids=lambda b: b.spec.id)
def test_each_bank_cannot_be_gamed(bank) -> None:
    assert measures.violations(bank) == []


def test_no_question_nearly_repeats_another_anywhere() -> None:
    assert measures.near_duplicates(list(LIBRARY.banks.values())) == []


@pytest.mark.parametrize("course", LIBRARY.courses, ids=lambda c: c.id)
def test_final_quizzes_shuffle_options(course) -> None:
    rule = course.spec.final_quiz
    assert rule is not None and rule.shuffle_options


# ---- Drills (issue 12): the best choice cannot be spotted by place or length, harmful paths cannot
# end well, and speed earns nothing when the action is unsound. -----------------------------------

HARMFUL = ("accuracy", "compliance")  # a −2 in either is a decision no later step can redeem


def drills():
    return sorted(LIBRARY.scenarios.values(), key=lambda s: s.id)


def decision_stages(drill):
    return [stage for stage in drill.spec.stages if not stage.ending]


def best_choice(stage) -> int:
    """The index (in the file) of the choice scoring highest over the five dimensions; unique."""
    totals = [sum(choice.scores.values()) for choice in stage.choices]
    assert totals.count(max(totals)) == 1, f"{stage.id}: two choices tie for best"
    return totals.index(max(totals))


@pytest.mark.parametrize("drill", drills(), ids=lambda d: d.id)
def test_the_best_choice_is_not_always_in_the_same_place(drill) -> None:
    stages = decision_stages(drill)
    places = [best_choice(stage) for stage in stages]
    most = max(places.count(place) for place in set(places))
    assert most <= len(stages) / 2, f"best choice at {places}"


@pytest.mark.parametrize("drill", drills(), ids=lambda d: d.id)
def test_the_best_choice_is_not_the_long_one(drill) -> None:
    long = []
    for stage in decision_stages(drill):
        best = best_choice(stage)
        others = [len(c.text) for n, c in enumerate(stage.choices) if n != best]
        if len(stage.choices[best].text) > 1.3 * sum(others) / len(others):
            long.append(f"{stage.id}: {len(stage.choices[best].text)} vs {others}")
    assert not long


@pytest.mark.parametrize("drill", drills(), ids=lambda d: d.id)
def test_speed_scores_only_when_the_action_is_sound(drill) -> None:
    rash = [
        f"{stage.id}/{getattr(outcome, 'id', 'on_timeout')}"
        for stage in decision_stages(drill)
        for outcome in stage.outcomes
        if outcome.scores["timeliness"] > 0 and min(outcome.scores[d] for d in HARMFUL) < 0
    ]
    assert not rash


def endings_reached(drill) -> set[tuple[str, bool]]:
    """Every ending any run can reach, each with whether the run took a harmful decision on the
    way: all paths, walked with their flags (states are few, so every one is visited)."""
    spec = drill.spec
    seen: set[tuple[str, frozenset[str], bool]] = set()
    waiting = [(spec.start, frozenset(), False)]
    reached = set()
    while waiting:
        state = waiting.pop()
        if state in seen:
            continue
        seen.add(state)
        stage_id, flags, harmed = state
        stage = spec.stage(stage_id)
        if stage.ending:
            reached.add((stage_id, harmed))
        for outcome in stage.outcomes:
            after = flags | frozenset(outcome.sets)
            harm = harmed or min(outcome.scores[d] for d in HARMFUL) <= -2
            waiting.append((outcome.target(after), after, harm))
    return reached


@pytest.mark.parametrize("drill", drills(), ids=lambda d: d.id)
def test_no_harmful_path_reaches_the_best_ending(drill) -> None:
    best = {stage.id for stage in drill.spec.stages if stage.grade == "best"}
    assert len(best) == 1, "each drill marks its best ending with grade: best"
    reached = endings_reached(drill)
    assert (next(iter(best)), False) in reached, "the best ending is reachable"
    assert not {(ending, True) for ending in best} & reached
    graded = {stage.id for stage in drill.spec.stages if stage.ending and stage.grade}
    assert graded == {stage.id for stage in drill.spec.stages if stage.ending}


def test_the_readme_lists_the_shipped_courses_as_they_are() -> None:
    from tools.course_table import course_table

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert course_table(LIBRARY) in readme, "run python3 tools/course_table.py and update README.md"
    lessons = sum(len(c.lessons) for c in LIBRARY.courses)
    assert f"共 {len(LIBRARY.courses)} 门课程、{lessons} 个课时" in readme
