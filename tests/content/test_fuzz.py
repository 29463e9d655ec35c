"""Seeded random mutations of the shipped course, lesson, bank and drill files, each loaded with the
real loader: whatever the bytes, `load_library` returns problems it can describe, and no exception
escapes it (nor does it fall back on its last-resort `read_failed` problem, which marks a bug)."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from literacy_app.catalogue import describe_problem
from literacy_app.content.codes import ContentCode
from literacy_app.content.library import load_library

from ..conftest import REPO

COURSES = sorted(p for p in (REPO / "courses").iterdir() if (p / "course.yaml").is_file())
LESSONS = sorted((REPO / "courses").glob("*/lessons/*.md"))
BANKS = sorted((REPO / "quizzes").glob("*.yaml"))
DRILLS = sorted((REPO / "scenarios").glob("*.yaml"))

PUNCTUATION = "[{&*!|>:-?]}#'\",%@`\t\n "
BANK_EXCERPT_QUESTIONS = (
    4  # a whole bank takes ~0.1 s to parse; its head covers every question type
)


# Mutations work on text, so most cases get past UTF-8 decoding to the YAML and the checks; one in
# twenty flips a raw byte instead.
def flip(rng: random.Random, text: str, at: int) -> str:
    new = rng.choice([chr(rng.randrange(32, 127)), rng.choice(PUNCTUATION), "一", "0", "9"])
    return text[:at] + new + text[at + 1 :]


def delete(rng: random.Random, text: str, at: int) -> str:
    return text[:at] + text[at + rng.randint(1, 40) :]


def duplicate_line(rng: random.Random, text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end + 1]
    where = rng.choice([start, rng.randrange(len(text) + 1)])
    return text[:where] + line + text[where:]


def insert_punctuation(rng: random.Random, text: str, at: int) -> str:
    inserted = "".join(rng.choice(PUNCTUATION) for _ in range(rng.randint(1, 3)))
    return text[:at] + inserted + text[at:]


def truncate(rng: random.Random, text: str, at: int) -> str:
    return text[:at]


# The mutations below know a little YAML, so that cases reach what blind edits rarely make: keys
# in brackets, tags, anchors, deep nesting and numbers at the edge.
def _word(text: str, at: int) -> tuple[int, int]:
    """The run of non-blank characters around `at`."""
    start, end = at, at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _value_start(text: str, at: int) -> int:
    """Where the next `key: value` after `at` has its value (or `at` when none follows)."""
    colon = text.find(": ", at)
    return at if colon < 0 else colon + 2


def bracket_word(rng: random.Random, text: str, at: int) -> str:
    start, end = _word(text, at)
    opening = rng.choice(["[", "{", "[[", "{{"])
    closing = opening.replace("[", "]").replace("{", "}")
    return text[:start] + opening + text[start:end] + closing + text[end:]


def tag_value(rng: random.Random, text: str, at: int) -> str:
    tag = rng.choice(
        [
            "!!int",
            "!!float",
            "!!bool",
            "!!timestamp",
            "!!binary",
            "!!set",
            "!!omap",
            "!!map",
            "!!seq",
            "!!str",
            "!!null",
            "!custom",
            "!!python/object:os.system",
        ]
    )
    at = _value_start(text, at)
    return f"{text[:at]}{tag} {text[at:]}"


def anchor_and_alias(rng: random.Random, text: str, at: int) -> str:
    at = _value_start(text, at)
    text = f"{text[:at]}&a {text[at:]}"
    later = _value_start(text, rng.randrange(at, len(text) + 1))
    return f"{text[:later]}*a {text[later:]}"


def deepen(rng: random.Random, text: str, at: int) -> str:
    at = _value_start(text, at)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    depth = rng.choice([rng.randint(2, 60), rng.randint(300, 1000)])
    return text[:at] + "[" * depth + text[at:end] + "]" * depth + text[end:]


def edge_number(rng: random.Random, text: str, at: int) -> str:
    start, end = _word(text, _value_start(text, at))
    number = rng.choice(
        [
            "100000000000000000000",
            ".inf",
            "-.inf",
            ".nan",
            "-1",
            "0",
            "1e400",
            "0x10",
            "0o7",
            "2024-13-45",
            "2024-02-30 25:61:61",
            "1_000",
        ]
    )
    return text[:start] + number + text[end:]


def complex_key(rng: random.Random, text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    indent = len(text[start:]) - len(text[start:].lstrip(" "))
    return text[: start + indent] + "? " + text[start + indent :]


MUTATIONS: list[Callable[[random.Random, str, int], str]] = [
    flip,
    delete,
    duplicate_line,
    insert_punctuation,
    truncate,
    bracket_word,
    tag_value,
    anchor_and_alias,
    deepen,
    edge_number,
    complex_key,
]


def mutate(rng: random.Random, data: bytes, focus: int | None = None) -> bytes:
    """One to three mutations; with `focus`, most land in the first `focus` characters."""
    if rng.random() < 0.05:
        at = rng.randrange(len(data))
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    text = data.decode("utf-8")
    for _ in range(rng.randint(1, 3)):
        if not text:
            break
        span = focus if focus and rng.random() < 0.8 else len(text)
        text = rng.choice(MUTATIONS)(rng, text, rng.randrange(min(span, len(text))))
    return text.encode("utf-8")


def bank_excerpt(path: Path, questions: int = BANK_EXCERPT_QUESTIONS) -> bytes:
    """The bank's head: its id, title and first questions (cut where a question starts)."""
    lines = path.read_bytes().split(b"\n")
    starts = [n for n, line in enumerate(lines) if line.startswith(b"  - id:")]
    return b"\n".join(lines[: starts[questions]]) + b"\n"


def one_lesson_course(lesson: Path) -> bytes:
    """A course.yaml listing just `lesson` (its quiz from the course's bank), so a case reads one."""
    course = lesson.parents[1].name
    return (
        "id: fuzzed\ntitle: 模糊测试\nsummary: 一门课。\nversion: 1.0.0\nhours: 1\n"
        f"tiers:\n  public: required\nlessons:\n  - {lesson.name}\n"
        f"final_quiz:\n  banks: [{course}]\n  questions: 2\n  pass_mark: 60\n"
    ).encode()


def write_case(rng: random.Random, kind: str, root: Path) -> list[Path]:
    """Write one mutated file of `kind` under `root`; the paths to load (with what it refers to).

    Folders persist from case to case and only the mutated file is rewritten: making and removing
    folders would cost more than loading them.
    """
    if kind == "course":
        source = rng.choice(COURSES)
        folder = root / "courses" / source.name
        if not folder.exists():
            shutil.copytree(source / "lessons", folder / "lessons")
        (folder / "course.yaml").write_bytes(mutate(rng, (source / "course.yaml").read_bytes()))
        return [folder, bank_of(root, source.name)]
    if kind == "lesson":
        source = rng.choice(LESSONS)
        course = source.parents[1].name
        folder = root / "lessons" / f"{course}-{source.stem}"
        if not folder.exists():
            (folder / "lessons").mkdir(parents=True)
            (folder / "course.yaml").write_bytes(one_lesson_course(source))
        text = source.read_bytes()
        front_matter = text.decode("utf-8").find("\n---", 3) + 4
        (folder / "lessons" / source.name).write_bytes(mutate(rng, text, front_matter))
        return [folder, bank_of(root, course)]
    if kind == "bank":
        source = rng.choice(BANKS)
        path = root / "banks" / source.name
        path.parent.mkdir(exist_ok=True)
        data = source.read_bytes() if rng.random() < 0.05 else bank_excerpt(source)
        path.write_bytes(mutate(rng, data))
        return [path]
    source = rng.choice(DRILLS)
    path = root / "scenarios" / source.name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(mutate(rng, source.read_bytes()))
    return [path]


def bank_of(root: Path, course: str) -> Path:
    """The course's bank, cut to one question: enough for its draw rules to be checked, quickly."""
    path = root / "quizzes" / f"{course}.yaml"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(bank_excerpt(REPO / "quizzes" / f"{course}.yaml", 1))
    return path


def load_mutated(seed: int, kind: str, root: Path) -> None:
    targets = write_case(random.Random(f"{kind}-{seed}"), kind, root)
    try:
        library = load_library(targets)
        sentences = [describe_problem(p) for p in library.problems]
    except Exception as exc:
        raise AssertionError(f"{kind} case {seed}: {type(exc).__name__} escaped") from exc
    failed = [
        s
        for s, p in zip(sentences, library.problems, strict=True)
        if p.code is ContentCode.READ_FAILED
    ]
    assert not failed, (kind, seed, failed)


# Cases per kind in CI: about two thousand in all, some thirty seconds on one core (ruamel parses
# about a kilobyte in five milliseconds). FUZZ_SCALE=10 runs ten times as many, seeds continuing.
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
CI_CASES = {"course": 800, "lesson": 800, "bank": 400, "drill": 100}


@pytest.mark.parametrize("kind", CI_CASES)
def test_no_mutation_of_a_shipped_file_escapes_the_loader(tmp_path: Path, kind: str) -> None:
    for seed in range(CI_CASES[kind] * SCALE):
        load_mutated(seed, kind, tmp_path)
