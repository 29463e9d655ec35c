"""Aiken: a question, lettered options and `ANSWER:`; a question without its ANSWER line, or
with an answer that is no option, is reported at its line."""

from __future__ import annotations

from pathlib import Path

from literacy_app.rules.kinds import QuestionType
from tests.content.question_import.converting import by_id, convert, loaded, notes, problems

AIKEN = """\
（虚构）辟谣信息首先应当说清什么？
A. 已核实的事实
B) 对造谣者的批评
C、上级的指示
ANSWER: A

哪些做法有助于核实图片？
可以多选。
Ａ．以图搜图
Ｂ．查看原始发布者
Ｃ．看转发数
答案：A,B
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "bank.txt"
    path.write_bytes(text.encode(encoding))
    return path


def test_single_and_multiple_choice(tmp_path: Path) -> None:
    result = convert(write(tmp_path, AIKEN), "aiken", "a")
    assert problems(result) == []
    questions = by_id(loaded(result, tmp_path))
    first, second = questions["a-001"], questions["a-002"]
    assert (first.type, first.answer) == (QuestionType.SINGLE, "A")
    assert first.options == {"A": "已核实的事实", "B": "对造谣者的批评", "C": "上级的指示"}
    # Aiken has no explanations: the right answer is written out, once told for the whole file.
    assert first.explanation == "正确答案：已核实的事实"
    assert (second.type, second.answer) == (QuestionType.MULTIPLE, ("A", "B"))
    assert second.stem == "哪些做法有助于核实图片？\n可以多选。"
    assert notes(result) == [
        f"{result.path}: 提示：2 道题原文没有解析，已写入“正确答案：……”，请补充解析"
    ]


def test_broken_questions_are_reported_at_their_lines(tmp_path: Path) -> None:
    text = (
        "没有答案行？\n"  # 1
        "A. 甲\n"
        "B. 乙\n"
        "\n"
        "答案不是选项？\n"  # 5
        "A. 甲\n"
        "B. 乙\n"
        "ANSWER: D\n"  # 8
        "字母跳了？\n"  # 9
        "A. 甲\n"
        "C. 乙\n"  # 11
        "ANSWER: A\n"
        "重复？\n"  # 13
        "A. 甲\n"
        "B. 甲\n"  # 15
        "ANSWER: A\n"
        "没有选项？\n"  # 17
        "ANSWER: A\n"
        "好题？\n"  # 19
        "A. 是\n"
        "B. 否\n"
        "ANSWER: B\n"
        "最后一题没有答案？\n"  # 23
        "A. 甲\n"
        "B. 乙\n"
    )
    path = write(tmp_path, text)
    result = convert(path, "aiken")
    f = str(path)
    assert problems(result) == [
        f"{f}:1: 题目缺少“ANSWER: 字母”一行（应紧跟在最后一个选项之后）",
        f"{f}:8: 答案“D”不是任何选项",
        f"{f}:11: 选项字母应依次排列，这里应为 B，却是 C",
        f"{f}:15: 选项B与选项A相同",
        f"{f}:17: 题目没有选项：选项应写成“A. 选项内容”，每行一个",
        f"{f}:23: 题目缺少“ANSWER: 字母”一行（应紧跟在最后一个选项之后）",
    ]
    assert result.skipped == 6
    # The good question keeps the number of its place among all seven.
    assert [q["id"] for q in result.questions] == ["q-006"]


def test_gb18030_and_bad_bytes(tmp_path: Path) -> None:
    result = convert(write(tmp_path, AIKEN, "gb18030"), "aiken")
    assert problems(result) == [] and len(result.questions) == 2
    broken = write(tmp_path, "题目？\nA. 甲\nB. 乙\n")
    broken.write_bytes(broken.read_bytes() + b"ANSWER: \x80\xff\n")
    assert problems(convert(broken, "aiken")) == [
        f"{broken}:4: 文件含有既不是 UTF-8 也不是 GB18030 编码的字节，请用记事本另存为 UTF-8 后再转换"
    ]


def test_a_huge_text_file_is_refused_whole(tmp_path: Path, monkeypatch) -> None:
    from literacy_app.content.question_import import text

    monkeypatch.setattr(text, "SIZE_LIMIT", 1024 * 1024)
    path = write(tmp_path, AIKEN * 20_000)
    result = convert(path, "aiken")
    assert problems(result) == [f"{path}: 文件超过 1 MB，请拆分后分别转换"] and result.refused
