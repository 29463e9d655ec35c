"""Measures that tell whether a question bank can be gamed: where the key sits, how long it is,
how many options are right, which way true/false leans, and which questions repeat each other.

`tests/test_curriculum.py` holds the shipped banks to these; authors can run this file on a bank
(`python3 -m tests.curriculum_measures`) to see the figures while rewriting it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from literacy_app.content.model import (
    Bank,
    CaseQuestion,
    ChoiceQuestion,
    QuestionType,
    TrueFalseQuestion,
)

# Words that make a statement sound absolute: a learner who has seen enough quizzes marks such a
# statement false without reading it, unless true statements carry them as often.
GIVEAWAY_WORDS = (
    "只要",
    "一律",
    "一定",
    "就可以",
    "不必",
    "绝对",
    "完全",
    "任何",
    "所有",
    "从不",
    "永远",
)
# An option letter standing alone (not inside "AI", "App" or "B站"): an explanation that cites
# letters cannot be read once options are shuffled.
OPTION_LETTER = re.compile(r"(?<![A-Za-z0-9])[A-H](?![A-Za-z0-9站股])")
# Two questions nearly repeat each other when their stems share this much of their character
# bigrams (stems long enough to say something), or their stems and options together share this much.
NEAR_DUPLICATE_STEM = 0.45
NEAR_DUPLICATE_TEXT = 0.5
SHORT_STEM = 12

# What a bank must meet (issue 12): the key is rarely the longest option; multiple-choice
# questions vary in how many options are right; true/false does not lean either way.
# The key is the longest option in at most 35 % of single-choice questions, and in some of them:
# a key that is never the longest is as easy to exploit as one that always is.
LONGEST_KEY = (0.1, 0.35)
MAX_SAME_RIGHT_COUNT = 0.6  # no single number of right options in most multiple-choice questions
MAX_ALL_BUT_ONE = 0.5  # "every option but one is right" in at most half of them
TRUE_SHARE = (0.4, 0.6)


def answerable(bank: Bank) -> Iterator:
    """Every question a learner answers, case questions' parts included."""
    for question in bank.spec.questions:
        if isinstance(question, CaseQuestion):
            yield from question.questions
        else:
            yield question


def singles(bank: Bank) -> list[ChoiceQuestion]:
    return [
        q
        for q in answerable(bank)
        if isinstance(q, ChoiceQuestion) and q.type is QuestionType.SINGLE
    ]


def multiples(bank: Bank) -> list[ChoiceQuestion]:
    return [
        q
        for q in answerable(bank)
        if isinstance(q, ChoiceQuestion) and q.type is QuestionType.MULTIPLE
    ]


def true_false(bank: Bank) -> list[TrueFalseQuestion]:
    return [q for q in answerable(bank) if isinstance(q, TrueFalseQuestion)]


def key_is_longest(question: ChoiceQuestion) -> bool:
    """The key is longer than every other option (ties do not give it away)."""
    key = question.options[str(question.answer)]
    return all(
        len(key) > len(text)
        for letter, text in question.options.items()
        if letter != question.answer
    )


def longest_key_share(bank: Bank) -> float:
    questions = singles(bank)
    return sum(map(key_is_longest, questions)) / len(questions) if questions else 0.0


def right_counts(bank: Bank) -> Counter[int]:
    """How many multiple-choice questions have 2, 3, … right options."""
    return Counter(len(q.answer) for q in multiples(bank))


def all_but_one_share(bank: Bank) -> float:
    """Share of multiple-choice questions where every option but one is right."""
    questions = multiples(bank)
    if not questions:
        return 0.0
    return sum(len(q.answer) == len(q.options) - 1 for q in questions) / len(questions)


def true_share(bank: Bank) -> float:
    questions = true_false(bank)
    return sum(q.answer for q in questions) / len(questions) if questions else 0.0


def giveaway_counts(bank: Bank) -> tuple[int, int]:
    """(statements that are true, statements that are false) carrying a giveaway word."""
    hits = [q for q in true_false(bank) if any(w in q.stem for w in GIVEAWAY_WORDS)]
    return sum(q.answer for q in hits), sum(not q.answer for q in hits)


def letter_citing(bank: Bank) -> list[str]:
    """Ids of choice questions whose explanation names an option by its letter."""
    return [
        q.id
        for q in answerable(bank)
        if isinstance(q, ChoiceQuestion) and OPTION_LETTER.search(q.explanation)
    ]


def _bigrams(text: str) -> frozenset[str]:
    kept = re.sub(r"[\s\W_（）“”‘’《》，。、；：？！]+", "", text)
    return frozenset(kept[i : i + 2] for i in range(len(kept) - 1))


def _question_text(question) -> str:
    parts = [question.stem]
    if isinstance(question, ChoiceQuestion):
        parts.extend(question.options.values())
    return "".join(parts)


def near_duplicates(banks: list[Bank]) -> list[tuple[str, str, float]]:
    """Pairs of questions (in any banks) that ask nearly the same thing in nearly the same words."""
    questions = [q for bank in banks for q in answerable(bank)]
    stems = [_bigrams(q.stem) if len(q.stem) >= SHORT_STEM else frozenset() for q in questions]
    texts = [_bigrams(_question_text(q)) for q in questions]
    found = []
    for i, j in combinations(range(len(questions)), 2):
        score = max(
            _jaccard(stems[i], stems[j]) / NEAR_DUPLICATE_STEM,
            _jaccard(texts[i], texts[j]) / NEAR_DUPLICATE_TEXT,
        )
        if score >= 1:
            found.append((questions[i].id, questions[j].id, round(score, 2)))
    return found


def _jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def violations(bank: Bank) -> list[str]:
    """What keeps `bank` from the measures above, one sentence each (empty when it meets them)."""
    found = []
    shortest, longest = LONGEST_KEY
    if singles(bank) and not shortest <= longest_key_share(bank) <= longest:
        found.append(
            f"key is the longest option in {longest_key_share(bank):.0%} of single-choice questions"
        )
    counts = right_counts(bank)
    if counts and max(counts.values()) / sum(counts.values()) > MAX_SAME_RIGHT_COUNT:
        found.append(f"multiple-choice right-option counts do not vary: {dict(counts)}")
    if all_but_one_share(bank) > MAX_ALL_BUT_ONE:
        found.append(
            f"every option but one is right in {all_but_one_share(bank):.0%} of multiple-choice questions"
        )
    low, high = TRUE_SHARE
    if true_false(bank) and not low <= true_share(bank) <= high:
        found.append(f"true/false is {true_share(bank):.0%} true")
    true_hits, false_hits = giveaway_counts(bank)
    if false_hits > true_hits:
        found.append(f"giveaway words in {false_hits} false and {true_hits} true statements")
    if letter_citing(bank):
        found.append(f"explanations cite option letters: {', '.join(letter_citing(bank))}")
    return found


@dataclass(frozen=True)
class BankFigures:
    bank: str
    singles: int
    longest_key: float
    multiples: int
    right_counts: dict[int, int]
    all_but_one: float
    true_false: int
    true_share: float
    giveaways_true: int
    giveaways_false: int
    letter_citing: int


def figures(bank: Bank) -> BankFigures:
    true_hits, false_hits = giveaway_counts(bank)
    return BankFigures(
        bank.spec.id,
        len(singles(bank)),
        round(longest_key_share(bank), 2),
        len(multiples(bank)),
        dict(sorted(right_counts(bank).items())),
        round(all_but_one_share(bank), 2),
        len(true_false(bank)),
        round(true_share(bank), 2),
        true_hits,
        false_hits,
        len(letter_citing(bank)),
    )


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from literacy_app.content.library import load_library
    from literacy_app.services.config import install_root

    root = install_root()
    paths = [Path(p) for p in sys.argv[1:]] or [
        root / "courses",
        root / "quizzes",
        root / "scenarios",
    ]
    library = load_library(paths)
    for problem in library.problems:
        print("problem:", problem)
    banks = list(library.banks.values())
    for bank in banks:
        print(figures(bank))
        for violation in violations(bank):
            print(f"  {bank.spec.id}: {violation}")
    for pair in near_duplicates(banks):
        print("near duplicate:", *pair)
