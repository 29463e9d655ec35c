"""Checks over a whole course and the banks courses draw from: rendering within budget, links
between lessons, lesson lengths against their minutes and the course's hours, questions no draw
can reach.

Reading speed: an adult reads Chinese at about 300 to 500 characters a minute; a learner studying
reads at the slow end, so the checks count 300 字 a minute. A lesson's `minutes` covers more than
reading (thinking, the objectives, the practice), so only a lesson that cannot even be read in its
minutes, or one whose minutes are more than ten times its reading time, is called far off.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from literacy_app.content.codes import ContentCode
from literacy_app.content.courses import LESSONS_DIR
from literacy_app.content.model import Bank, Course, Lesson
from literacy_app.content.problems import Problem, problem
from literacy_app.content.render import FENCE, check_lesson, lesson_files
from literacy_app.content.yaml_source import line_of
from literacy_app.rules.draw import DrawRule, eligible

READING_PER_MINUTE = 300
# A lesson may ask for this many times its reading time before its minutes look like a typo.
STUDY_FACTOR = 10
# The lessons' minutes together against the course's hours (one 学时 counted as 60 minutes):
# outside these bounds the hours are probably not what the trainer meant.
HOURS_LOW, HOURS_HIGH = 0.5, 1.5

_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
_SCHEME = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+")


def check_course_lessons(course: Course, raw: Any, yaml_path: Path) -> list[Problem]:
    """Render every lesson as the reader will, then check links, lengths and the course's hours."""
    problems: list[Problem] = []
    anchors: dict[str, set[str]] = {}
    for lesson in course.lessons:
        found, rendered = check_lesson(lesson, course)
        problems += found
        if rendered is not None:
            anchors[lesson.id] = {heading.anchor for heading in rendered.headings}
    for lesson in course.lessons:
        if lesson.id in anchors:  # a lesson that does not render has its problem already
            problems += _check_links(lesson, course, anchors)
        problems += _check_length(lesson)
    problems += _check_hours(course, raw, yaml_path)
    return problems


def count_characters(text: str) -> int:
    """What a reader reads, in 字: each Chinese character, and each run of Latin letters or digits."""
    return len(_WORD.findall(text))


def _links(lesson: Lesson) -> Iterable[tuple[int, str]]:
    """Each link target written in the lesson body with its line, outside fenced code."""
    fence = ""
    for offset, text in enumerate(lesson.body.splitlines()):
        opening = FENCE.match(text.lstrip())
        if fence:
            if opening and opening.group(1).startswith(fence):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            continue
        line = lesson.body_first_line + offset
        for match in _LINK.finditer(text):
            yield line, match.group(1)
        reference = _REFERENCE.match(text)
        if reference:
            yield line, reference.group(1)


def _check_links(lesson: Lesson, course: Course, anchors: dict[str, set[str]]) -> list[Problem]:
    files = lesson_files(lesson, course)
    unread = {
        Path(os.path.relpath(course.folder / LESSONS_DIR / name, lesson.path.parent)).as_posix()
        for name in course.spec.lessons
    } - set(files)
    problems = []
    for line, href in _links(lesson):
        if _SCHEME.match(href):
            problems.append(problem(lesson.path, line, ContentCode.LINK_NOT_OPENED, href=href))
            continue
        target, _, fragment = href.partition("#")
        if target:
            written = Path(os.path.normpath(unquote(target))).as_posix()
            target_id = files.get(written)
            if target_id is None and written in unread:
                continue  # the lesson is listed but could not be read: its problem says why
            if target_id is None:
                problems.append(problem(lesson.path, line, ContentCode.LINK_NO_LESSON, href=href))
                continue
        else:
            target_id = lesson.id
        heading = unquote(fragment)
        if heading and target_id in anchors and heading not in anchors[target_id]:
            problems.append(problem(lesson.path, line, ContentCode.LINK_NO_HEADING, href=href))
    return problems


def _check_length(lesson: Lesson) -> list[Problem]:
    characters = count_characters(lesson.body)
    reading = characters / READING_PER_MINUTE
    minutes = lesson.meta.minutes
    line = line_of(lesson.meta_raw, ("minutes",), 1) or 2
    if reading > minutes:
        return [
            problem(
                lesson.path,
                line,
                ContentCode.LESSON_LONGER_THAN_MINUTES,
                characters=characters,
                reading=math.ceil(reading),
                minutes=minutes,
                speed=READING_PER_MINUTE,
            )
        ]
    if minutes > STUDY_FACTOR * max(reading, 1 / READING_PER_MINUTE):
        return [
            problem(
                lesson.path,
                line,
                ContentCode.LESSON_SHORTER_THAN_MINUTES,
                characters=characters,
                reading=max(1, round(reading)),
                minutes=minutes,
                speed=READING_PER_MINUTE,
            )
        ]
    return []


def _check_hours(course: Course, raw: Any, yaml_path: Path) -> list[Problem]:
    if not course.lessons or len(course.lessons) < len(set(course.spec.lessons)):
        return []  # a lesson not read has minutes nobody knows
    total = sum(lesson.meta.minutes for lesson in course.lessons)
    expected = course.spec.hours * 60
    if HOURS_LOW * expected <= total <= HOURS_HIGH * expected:
        return []
    return [
        problem(
            yaml_path,
            line_of(raw, ("hours",)),
            ContentCode.HOURS_FAR_FROM_MINUTES,
            hours=f"{course.spec.hours:g}",
            minutes=total,
            expected=round(expected),
        )
    ]


@dataclass(frozen=True)
class BankSite:
    """A usable bank and its parsed YAML, for the line of each question."""

    bank: Bank
    raw: Any


def check_drawn(courses: Sequence[Course], sites: Sequence[BankSite]) -> list[Problem]:
    """Banks no course draws from, and questions no draw can reach.

    A final quiz's banks feed daily practice whole (services.review draws from them unfiltered), so
    their questions are always reachable; elsewhere a question is reachable when some practice rule
    drawing from its bank lets it through the rule's filters.
    """
    if not courses:  # checking banks on their own: which course uses them is not known
        return []
    whole: set[str] = set()
    practices: list[tuple[tuple[str, ...], DrawRule]] = []
    for course in courses:
        final = course.spec.final_quiz
        final_banks = final.banks if final else ()
        whole.update(final_banks)
        for lesson in course.lessons:
            practice = lesson.meta.practice
            if practice is not None:
                practices.append((practice.banks or final_banks, practice))
    problems = []
    for site in sites:
        bank = site.bank
        if bank.id in whole:
            continue
        rules = [rule for bank_ids, rule in practices if bank.id in bank_ids]
        if not rules:
            line = line_of(site.raw, ("id",))
            problems.append(problem(bank.path, line, ContentCode.BANK_NOT_DRAWN, bank=bank.id))
            continue
        reachable: set[str] = set()
        for rule in rules:
            reachable.update(q.id for q in eligible(list(bank.questions), rule))
        problems += [
            problem(
                bank.path,
                line_of(site.raw, ("questions", index, "id")),
                ContentCode.QUESTION_NOT_DRAWN,
                question=question.id,
            )
            for index, question in enumerate(bank.questions)
            if question.id not in reachable
        ]
    return problems
