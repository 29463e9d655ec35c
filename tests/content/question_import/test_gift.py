"""Moodle GIFT: every question type the bank format can hold converts; what it cannot hold
(essays, numerical ranges) and broken text are reported with the line, never dropped silently."""

from __future__ import annotations

from pathlib import Path

from literacy_app.rules.kinds import QuestionType
from tests.content.question_import.converting import by_id, convert, loaded, notes, problems

GIFT = r"""// 虚构的演示题库，每题之间空一行
$CATEGORY: $course$/top/媒介素养/谣言辨析

::Q1:: 谣言最常见的特征是？{
  =情绪化标题 # 对：谣言靠情绪传播
  ~有明确信源 # 有信源的多半不是谣言
  ~数据可查
}

// 判断题，带两种反馈
收到“紧急通知”先转发再核实。{FALSE#答错时看到#转发前先核实，谣言才不会借你的手扩散。}

[markdown]哪些属于权威信源？{
  ~%50%政府官网
  ~%50%官方媒体
  ~%-100%朋友圈截图
####官网和官方媒体是权威信源。}

$CATEGORY: 其他
《政府信息公开条例》于 {#2008} 年施行。

谁发布的信息最权威？{=发布会 =新闻发布会#对}

政务微博、短视频、公众号各适合什么？{
  =微博 -> 短文本快讯
  =抖音 -> 短视频
  =公众号 -> 深度长文
}

辟谣要 {~慢 =快 ~不} 而准。

转义\: 花括号 \{ 和 \} 以及 \= \~ \# 都是普通字符。{T}

[html]<p>谣言&amp;真相</p>{TRUE}
"""


def write(tmp_path: Path, text: str, name: str = "bank.gift", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_every_supported_type(tmp_path: Path) -> None:
    result = convert(write(tmp_path, GIFT), "gift", "g")
    assert problems(result) == []
    questions = by_id(loaded(result, tmp_path))
    choice = questions["g-001"]
    assert (choice.type, choice.stem, choice.answer) == (
        QuestionType.SINGLE,
        "谣言最常见的特征是？",
        "A",
    )
    assert choice.options == {"A": "情绪化标题", "B": "有明确信源", "C": "数据可查"}
    assert choice.explanation == "对：谣言靠情绪传播" and choice.tags == ("谣言辨析",)
    true_false = questions["g-002"]
    assert true_false.answer is False
    assert true_false.explanation == "转发前先核实，谣言才不会借你的手扩散。"
    multiple = questions["g-003"]
    assert (multiple.type, multiple.answer) == (QuestionType.MULTIPLE, ("A", "B"))
    assert (
        multiple.stem == "哪些属于权威信源？"
        and multiple.explanation == "官网和官方媒体是权威信源。"
    )
    numerical = questions["g-004"]
    assert (numerical.type, numerical.blanks) == (QuestionType.FILL, (("2008",),))
    assert numerical.stem == "《政府信息公开条例》于 {{1}} 年施行。"
    assert numerical.tags == ("其他",)
    short = questions["g-005"]
    assert short.stem == "谁发布的信息最权威？ {{1}}" and short.blanks == (
        ("发布会", "新闻发布会"),
    )
    assert short.explanation == "对"
    matching = questions["g-006"]
    assert matching.pairs == (("微博", "短文本快讯"), ("抖音", "短视频"), ("公众号", "深度长文"))
    missing_word = questions["g-007"]
    assert missing_word.stem == "辟谣要 ____ 而准。" and missing_word.answer == "B"
    escaped = questions["g-008"]
    assert (
        escaped.stem == "转义: 花括号 { 和 } 以及 = ~ # 都是普通字符。" and escaped.answer is True
    )
    assert questions["g-009"].stem == "谣言&真相"
    assert notes(result) == [
        f"{result.path}:4: 提示：错误选项的反馈（#…）没有保留，解析只取总反馈（####）或正确答案的反馈",
        f"{result.path}:34: 提示：题干中的 HTML 标记已去除，只保留文字",
        f"{result.path}: 提示：5 道题原文没有解析，已写入“正确答案：……”，请补充解析",
    ]


def test_partial_credit_and_dropped_feedback_are_noted(tmp_path: Path) -> None:
    text = (
        "单选带部分分？{=对 ~%50%半对 ~错}\n\n"
        "权重不等？{~%70%甲 ~%30%乙 ~丙}\n\n"
        "错误选项的反馈？{=甲 ~乙#乙不对}\n"
    )
    result = convert(write(tmp_path, text), "gift")
    assert problems(result) == []
    path = result.path
    assert notes(result) == [
        f"{path}:1: 提示：按比例给分（%…%）无法逐项保留；权重为正的答案算作正确答案，多选题的部分得分由测验的 multiple_scoring 决定",
        f"{path}:3: 提示：按比例给分（%…%）无法逐项保留；权重为正的答案算作正确答案，多选题的部分得分由测验的 multiple_scoring 决定",
        f"{path}:5: 提示：错误选项的反馈（#…）没有保留，解析只取总反馈（####）或正确答案的反馈",
        f"{path}: 提示：3 道题原文没有解析，已写入“正确答案：……”，请补充解析",
    ]  # fmt: skip
    assert [q["answer"] for q in result.questions] == ["A", ["A", "B"], "A"]


def test_what_the_format_cannot_hold_and_broken_text(tmp_path: Path) -> None:
    text = (
        "好题？{=是 ~否}\n\n"  # 1
        "请论述。{}\n\n"  # 3
        "范围？{#1..5}\n\n"  # 5
        "误差？{#3.14:0.01}\n\n"  # 7
        "不是数？{#三}\n\n"  # 9
        "只有说明文字，没有答案。\n\n"  # 11
        "没闭合\n第二行 {=甲\n~乙\n\n"  # 13, brace on 14
        "多出 } 的题 {=甲 ~乙}\n\n"  # 17
        "两个答案块 {=甲 ~乙} 和 {=丙}\n\n"  # 19
        "没有正确答案？{~甲 ~乙}\n\n"  # 21
        "坏权重？{~%abc%甲 =乙}\n\n"  # 23
        "重复选项？{=甲 ~甲}\n\n"  # 25
        "配对缺右项？{=甲 -> 乙 =丙 ->}\n"  # 27
    )
    path = write(tmp_path, text)
    result = convert(path, "gift")
    f = str(path)
    assert problems(result) == [
        f"{f}:3: 论述题（空的“{{}}”）无法转换：本程序不支持人工评分的题目",
        f"{f}:5: 数值题的范围或误差“1..5”无法转换：本程序只支持精确的数值答案",
        f"{f}:7: 数值题的范围或误差“3.14:0.01”无法转换：本程序只支持精确的数值答案",
        f"{f}:9: 数值题的答案“三”不是数字",
        f"{f}:11: 没有答案部分“{{…}}”；不带答案的说明文字（description）无法转换",
        f"{f}:14: “{{”没有对应的“}}”；题目中的花括号本身请写成“\\{{”“\\}}”",
        f"{f}:17: 多出的“}}”前面没有“{{”；题目中的花括号本身请写成“\\{{”“\\}}”",
        f"{f}:19: 一道题只能有一个答案部分“{{…}}”（嵌入式完形填空无法转换）",
        f"{f}:21: 没有正确答案（以“=”开头或权重为正的答案）",
        f"{f}:23: 权重“%abc%甲”无法识别，应写成“%50%”或“%-100%”",
        f"{f}:25: 选项B与选项A相同",
        f"{f}:27: 配对项B“丙 ->”应写成“左项 -> 右项”",
    ]  # fmt: skip
    assert result.skipped == 12 and [q["id"] for q in result.questions] == ["q-001"]


def test_gb18030_text_and_undecodable_bytes(tmp_path: Path) -> None:
    chinese = write(tmp_path, "记事本保存的题？{=对 ~错}\n", "gbk.gift", "gb18030")
    result = convert(chinese, "gift")
    assert problems(result) == [] and result.questions[0]["stem"] == "记事本保存的题？"
    broken = tmp_path / "broken.gift"
    broken.write_bytes("第一题？{=对 ~错}\n\n".encode() + b"\xff\xfe\xff bad\n")
    assert problems(convert(broken, "gift")) == [
        f"{broken}:3: 文件含有既不是 UTF-8 也不是 GB18030 编码的字节，请用记事本另存为 UTF-8 后再转换"
    ]


def test_an_empty_or_missing_file(tmp_path: Path) -> None:
    empty = write(tmp_path, "// 只有注释\n\n")
    assert problems(convert(empty, "gift")) == [f"{empty}: 文件中没有找到题目"]
    missing = tmp_path / "missing.gift"
    assert problems(convert(missing, "gift")) == [f"{missing}: 文件不存在或无法读取"]


def test_numbers_missing_word_answers_and_line_breaks(tmp_path: Path) -> None:
    text = (
        "圆周率？{#=3.14 =3.1416#好 =%50%3}\n\n"
        "新闻发布会要在 {=24 =二十四} 小时内举行。\n\n"
        "第一行\\n第二行{T}\n\n"
        "::标题::[plain]误差为零的数值题{#5:0}\n"
    )
    result = convert(write(tmp_path, text), "gift")
    assert problems(result) == []
    numbers, missing_word, two_lines, exact = loaded(result, tmp_path).questions
    # A partly-right number is not accepted as right, and the trainer is told.
    assert numbers.blanks == (("3.14", "3.1416"),) and numbers.explanation == "好"
    assert notes(result)[0].startswith(f"{result.path}:1: 提示：按比例给分")
    assert missing_word.stem == "新闻发布会要在 {{1}} 小时内举行。"
    assert missing_word.blanks == (("24", "二十四"),)
    assert two_lines.stem == "第一行\n第二行"
    assert exact.stem == "误差为零的数值题 {{1}}" and exact.blanks == (("5",),)


def test_escaped_line_breaks_and_backslashes_keep_the_line_numbers(tmp_path: Path) -> None:
    text = "好题？{=a ~b}\n\n第一行\\n第二行\\n第三行\n还是这道题 {=甲\n"
    path = write(tmp_path, text)
    assert problems(convert(path, "gift")) == [
        f"{path}:4: “{{”没有对应的“}}”；题目中的花括号本身请写成“\\{{”“\\}}”"
    ]
    slash = write(tmp_path, "反斜杠\\\\~ 与波浪号？{T}\n", "slash.gift")
    assert convert(slash, "gift").questions[0]["stem"] == "反斜杠\\~ 与波浪号？"
