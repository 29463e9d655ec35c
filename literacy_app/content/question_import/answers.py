"""The ways trainers write answers, difficulty, points and tags in a spreadsheet or a text file."""

from __future__ import annotations

import re
import unicodedata

from literacy_app.content.model import MAX_POINTS
from literacy_app.rules.kinds import Difficulty, QuestionType

LETTERS = "ABCDEFGH"

TYPE_NAMES: dict[str, QuestionType] = {
    **dict.fromkeys(("单选", "单选题", "单项选择", "单项选择题", "single", "singlechoice"), QuestionType.SINGLE),
    **dict.fromkeys(("多选", "多选题", "多项选择", "多项选择题", "multiple", "multiplechoice"), QuestionType.MULTIPLE),
    **dict.fromkeys(("判断", "判断题", "是非题", "truefalse", "true_false", "tf"), QuestionType.TRUE_FALSE),
    **dict.fromkeys(("填空", "填空题", "fill", "fillin", "fill_in"), QuestionType.FILL),
    **dict.fromkeys(("排序", "排序题", "ordering", "order"), QuestionType.ORDERING),
    **dict.fromkeys(("配对", "配对题", "匹配", "匹配题", "连线", "连线题", "matching", "match"), QuestionType.MATCHING),
    **dict.fromkeys(("案例", "案例题", "案例分析", "case"), QuestionType.CASE),
}  # fmt: skip

TRUE_WORDS = {"正确", "对", "是", "√", "✓", "✔", "true", "t", "yes", "y"}
FALSE_WORDS = {"错误", "错", "否", "×", "✗", "✘", "x", "false", "f", "no", "n"}

DIFFICULTIES: dict[str, Difficulty] = {
    **dict.fromkeys(("易", "简单", "容易", "低", "easy"), Difficulty.EASY),
    **dict.fromkeys(("中", "中等", "一般", "适中", "medium"), Difficulty.MEDIUM),
    **dict.fromkeys(("难", "困难", "较难", "高", "hard"), Difficulty.HARD),
}

_SEPARATORS = re.compile(r"[\s,;，；、/]+")
_TAG_SEPARATORS = re.compile(r"[,;，；、\n]+")


def plain(value: object) -> str:
    """A cell's text: full-width letters and digits made half-width, outer spaces removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def key(value: object) -> str:
    """Text compared against a list of names: NFKC (full-width to half-width), no spaces, lower case."""
    return "".join(unicodedata.normalize("NFKC", plain(value)).split()).lower()


def question_type(value: object) -> QuestionType | None:
    return TYPE_NAMES.get(key(value).replace("-", "_").replace(" ", ""))


def answer_letters(value: object) -> list[str] | None:
    """`B`, `ABC`, `A;C`, `A,C`, `A、C`, `a c`, full-width `ＡＣ`: the letters, or None if unreadable."""
    text = unicodedata.normalize("NFKC", plain(value)).upper()
    letters = [c for part in _SEPARATORS.split(text) for c in part]
    if not letters or not all("A" <= c <= "Z" for c in letters):
        return None
    return letters


def true_false(value: object) -> bool | None:
    if isinstance(value, bool):  # an Excel TRUE/FALSE cell
        return value
    word = key(value)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def difficulty(value: object) -> Difficulty | None:
    return DIFFICULTIES.get(key(value))


def points(value: object) -> int | None:
    """A whole number of points from 1 to MAX_POINTS (`2`, `2.0`, `"2"`), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(unicodedata.normalize("NFKC", plain(value)))
        except ValueError:
            return None
    if not number.is_integer() or not 1 <= number <= MAX_POINTS:
        return None
    return int(number)


def tags(value: object) -> list[str]:
    return [tag.strip() for tag in _TAG_SEPARATORS.split(plain(value)) if tag.strip()]
