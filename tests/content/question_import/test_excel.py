"""Excel question banks: every type and answer form converts into questions the library loads;
every bad row is reported as file:row with the reason; a bad file is refused whole."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from literacy_app.content.question_import import excel
from literacy_app.rules.kinds import Difficulty, QuestionType
from tests.content.question_import.converting import by_id, convert, loaded, notes, problems

TEMPLATE = Path(__file__).resolve().parents[3] / "assets" / "templates" / "题库模板.xlsx"
HEADERS = [
    "题型",
    "题干",
    "选项A",
    "选项B",
    "选项C",
    "选项D",
    "答案",
    "解析",
    "分值",
    "难度",
    "标签",
]


def workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "题库"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_the_shipped_template_gives_its_two_examples(tmp_path: Path) -> None:
    result = convert(TEMPLATE, "excel", "tpl")
    assert problems(result) == [] and notes(result) == []
    bank = loaded(result, tmp_path)
    single, fill = bank.questions
    assert (single.id, single.type, single.answer) == ("tpl-001", QuestionType.SINGLE, "B")
    assert single.stem.startswith("（虚构示例）") and single.difficulty is Difficulty.EASY
    assert single.tags == ("信息核实", "突发事件")
    assert fill.type is QuestionType.FILL and fill.points == 2
    assert fill.blanks == (("核实", "确认"), ("调查", "处置"))
    assert "{{1}}" in fill.stem and "{{2}}" in fill.stem and "____" not in fill.stem


def test_every_type_and_answer_form(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "bank.xlsx",
        [
            ["单选", "单选题干？", "甲", "乙", "丙", None, "b", "乙对。", 2, "难", "甲，乙、丙"],
            ["多选题", "多选题干？", "甲", "乙", "丙", "丁", "A;C", "甲丙对。", None, "简单", None],
            ["multiple", "多选二？", "甲", "乙", "丙", None, "ＡＢ", "甲乙对。", None, None, None],
            ["多选", "多选三？", "甲", "乙", "丙", None, "A、C", "甲丙。", None, None, None],
            ["多选", "多选四？", "甲", "乙", "丙", None, "A,B", "甲乙。", None, None, None],
            ["判断", "判断一。", None, None, None, None, "正确", "对。", None, None, None],
            ["判断题", "判断二。", None, None, None, None, "错", "错。", None, None, None],
            ["true_false", "判断三。", None, None, None, None, "√", "对。", None, None, None],
            ["判断", "判断四。", None, None, None, None, "×", "错。", None, None, None],
            ["判断", "判断五。", None, None, None, None, "false", "错。", None, None, None],
            ["判断", "判断六。", None, None, None, None, True, "对。", None, None, None],
            [
                "填空",
                "第一空____，第二空______。",
                None,
                None,
                None,
                None,
                "5;五|24",
                "解。",
                None,
                None,
                None,
            ],
            ["排序", "排一排。", "一", "二", "三", None, None, "依次。", None, None, None],
            ["排序", "倒着排。", "三", "一", "二", None, "BCA", "依次。", None, None, None],
            [
                "配对",
                "配一配。",
                "微博 -> 短文本",
                "抖音→短视频",
                None,
                None,
                None,
                "配。",
                None,
                None,
                None,
            ],
        ],
    )
    result = convert(path, "excel")
    assert problems(result) == []
    questions = by_id(loaded(result, tmp_path))
    assert list(questions) == [f"q-{n:03d}" for n in range(1, 16)]
    single = questions["q-001"]
    assert (single.answer, single.points, single.difficulty) == ("B", 2, Difficulty.HARD)
    assert single.tags == ("甲", "乙", "丙") and single.options == {"A": "甲", "B": "乙", "C": "丙"}
    assert [questions[f"q-{n:03d}"].answer for n in range(2, 6)] == [
        ("A", "C"), ("A", "B"), ("A", "C"), ("A", "B"),
    ]  # fmt: skip
    assert questions["q-002"].difficulty is Difficulty.EASY
    assert [questions[f"q-{n:03d}"].answer for n in range(6, 12)] == [
        True, False, True, False, False, True,
    ]  # fmt: skip
    fill = questions["q-012"]
    assert fill.stem == "第一空{{1}}，第二空{{2}}。" and fill.blanks == (("5", "五"), ("24",))
    assert questions["q-013"].items == ("一", "二", "三")
    assert questions["q-014"].items == ("一", "二", "三")
    assert questions["q-015"].pairs == (("微博", "短文本"), ("抖音", "短视频"))


def test_case_questions_are_rows_sharing_a_case_id(tmp_path: Path) -> None:
    headers = ["题型", "题干", "选项A", "选项B", "答案", "解析", "案例", "案例材料", "编号"]
    path = workbook(
        tmp_path / "case.xlsx",
        [
            ["单选", "独立题？", "甲", "乙", "A", "甲。", None, None, None],
            ["判断", "小题二。", None, None, "对", "对。", "案例1", None, None],
            ["案例", "阅读下面的虚构案例，回答问题。", None, None, None, None, "案例1", "（虚构）某地……", "case-fire"],
            ["单选", "小题一？", "甲", "乙", "B", None, "案例1", None, None],
            ["单选", "最后一题？", "甲", "乙", "B", "乙。", None, None, "last"],
        ],
        headers,
    )  # fmt: skip
    result = convert(path, "excel", "demo")
    assert problems(result) == []
    assert notes(result) == [f"{path}: 提示：1 道题原文没有解析，已写入“正确答案：……”，请补充解析"]
    questions = by_id(loaded(result, tmp_path))
    assert list(questions) == ["demo-001", "case-fire", "last"]
    case = questions["case-fire"]
    assert case.case == "（虚构）某地……" and case.stem == "阅读下面的虚构案例，回答问题。"
    assert [(q.id, q.type) for q in case.questions] == [
        ("case-fire-1", QuestionType.TRUE_FALSE), ("case-fire-2", QuestionType.SINGLE),
    ]  # fmt: skip
    assert case.questions[1].explanation == "正确答案：乙"


def test_bad_rows_are_each_reported_with_their_row(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["单选", "好题？", "甲", "乙", None, None, "A", "甲。", None, None, None],
            ["单选", "答案不是选项？", "甲", "乙", "丙", "丁", "E", "解。", None, None, None],
            ["问答", "未知题型", None, None, None, None, "x", None, None, None, None],
            ["单选", None, "甲", "乙", None, None, "A", "解。", None, None, None],
            ["单选", "重复选项？", "甲", "甲", None, None, "A", "解。", None, None, None],
            ["单选", "选项断开？", "甲", None, "丙", None, "A", "解。", None, None, None],
            ["单选", "两个答案？", "甲", "乙", None, None, "AB", "解。", None, None, None],
            ["多选", "一个答案？", "甲", "乙", None, None, "A", "解。", None, None, None],
            ["判断", "判断？", None, None, None, None, "也许", "解。", None, None, None],
            ["填空", "没有空。", None, None, None, None, "x", "解。", None, None, None],
            ["填空", "两个空____和____。", None, None, None, None, "x", "解。", None, None, None],
            ["单选", "分值？", "甲", "乙", None, None, "A", "解。", 2.5, "很难", None],
            ["排序", "顺序？", "一", "二", None, None, "AC", "解。", None, None, None],
            ["配对", "配对？", "甲 乙", "丙 -> 丁", None, None, None, "解。", None, None, None],
            ["单选", "答案？", "甲", "乙", None, None, "?", "解。", None, None, None],
            [None, "没有题型", "甲", "乙", None, None, "A", "解。", None, None, None],
        ],
    )
    result = convert(path, "excel")
    f = str(path)
    assert problems(result) == [
        f"{f}:3: 答案“E”不是任何选项",
        f"{f}:4: 题型“问答”无法识别，应为 单选、多选、判断、填空、排序、配对 或 案例",
        f"{f}:5: “题干”为空",
        f"{f}:6: 选项B与选项A相同",
        f"{f}:7: 选项B为空，但后面还有选项；选项应从 A 起连续填写",
        f"{f}:8: 单选题只能有一个答案，现为“AB”；多个答案请把题型改为多选",
        f"{f}:9: 多选题至少应有两个正确答案，现为“A”；只有一个答案请把题型改为单选",
        f"{f}:10: 判断题的答案“也许”无法识别，应为 正确/错误、对/错、√/× 或 true/false",
        f"{f}:11: 填空题的题干中没有空：请用 4 个以上的下划线“____”标出每个空",
        f"{f}:12: 题干有 2 个空，答案却有 1 组：各空的答案用“|”分隔，同一空的几种写法用“;”分隔",
        f"{f}:13: 分值“2.5”应为 1 到 100 的整数",
        f"{f}:13: 难度“很难”无法识别，应为 易、中 或 难",
        f"{f}:14: 排序题的答案“AC”应把每个选项（AB）恰好排一次；留空表示选项已按正确顺序填写",
        f"{f}:15: 配对项A“甲 乙”应写成“左项 -> 右项”",
        f"{f}:16: 答案“?”无法识别，应写选项字母，如 B、ABC 或 A;C",
        f"{f}:17: “题型”为空",
    ]
    assert result.skipped == 15
    # The good row keeps the id of its place, whatever is wrong below it.
    assert [q["id"] for q in result.questions] == ["q-001"]


def test_a_rejected_row_keeps_the_numbering_of_the_rest(tmp_path: Path) -> None:
    rows = [
        ["单选", "一？", "甲", "乙", None, None, "A", "解。", None, None, None],
        ["单选", "二？", "甲", "乙", None, None, "Z", "解。", None, None, None],
        ["单选", "三？", "甲", "乙", None, None, "B", "解。", None, None, None],
    ]
    result = convert(workbook(tmp_path / "a.xlsx", rows), "excel")
    assert [q["id"] for q in result.questions] == ["q-001", "q-003"]
    rows[1][6] = "A"
    fixed = convert(workbook(tmp_path / "b.xlsx", rows), "excel")
    assert [q["id"] for q in fixed.questions] == ["q-001", "q-002", "q-003"]


def test_case_problems(tmp_path: Path) -> None:
    headers = ["题型", "题干", "选项A", "选项B", "答案", "解析", "案例", "案例材料"]
    path = workbook(
        tmp_path / "case.xlsx",
        [
            ["案例", "阅读。", None, None, None, None, "C1", "材料"],
            ["单选", "坏小题？", "甲", "乙", "C", "解。", "C1", None],
            ["单选", "好小题？", "甲", "乙", "A", "解。", "C1", None],
            ["单选", "孤儿？", "甲", "乙", "A", "解。", "C9", None],
            ["案例", "阅读。", None, None, None, None, "C2", "材料"],
            ["案例", "阅读。", None, None, None, None, "C2", "材料"],
            ["案例", "阅读。", None, None, None, None, "C3", None],
        ],
        headers,
    )
    f = str(path)
    assert problems(convert(path, "excel")) == [
        f"{f}:2: 案例“C1”中有题目未能转换，整个案例未转换",
        f"{f}:3: 答案“C”不是任何选项",
        f"{f}:5: 案例“C9”没有题型为“案例”的一行（它给出案例材料）",
        f"{f}:6: 案例“C2”下没有题目",
        f"{f}:7: 案例“C2”在第 6 行已经有过",
        f"{f}:8: “案例材料”为空",
    ]


def test_ids_from_the_id_column_are_checked(tmp_path: Path) -> None:
    headers = ["题型", "题干", "选项A", "选项B", "答案", "解析", "编号"]
    path = workbook(
        tmp_path / "ids.xlsx",
        [
            ["单选", "一？", "甲", "乙", "A", "解。", "Bad Id"],
            ["单选", "二？", "甲", "乙", "A", "解。", "same"],
            ["单选", "三？", "甲", "乙", "A", "解。", "same"],
        ],
        headers,
    )
    f = str(path)
    assert problems(convert(path, "excel")) == [
        f"{f}:2: 编号“Bad Id”只能使用小写英文字母、数字和连字符（-），且以字母或数字开头",
        f"{f}:4: 编号“same”与第 3 行的题目重复",
    ]


def test_a_formula_is_never_taken_as_its_text(tmp_path: Path) -> None:
    # openpyxl saves a formula without the value Excel would have computed; the converter reads
    # the saved value (none here) and never the formula or its result.
    path = workbook(
        tmp_path / "formula.xlsx",
        [["单选", "公式？", "甲", "乙", None, None, '=CHAR(65)', "解。", None, None, None]],
    )  # fmt: skip
    result = convert(path, "excel")
    assert problems(result) == [f"{path}:2: “答案”为空"]
    assert result.questions == ()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["题干", "选项A", "解析"], "第一行缺少列名：题型、答案（请使用题库模板的列名）"),
        (["题型", "题干", "答案", "答案"], "列名“答案”出现了两次"),
    ],
)
def test_headers_are_required_in_the_first_row(tmp_path: Path, headers, expected) -> None:
    path = workbook(tmp_path / "h.xlsx", [["单选", "x", "A"]], headers)
    result = convert(path, "excel")
    assert problems(result) == [f"{path}:1: {expected}"] and result.refused


def test_files_that_are_not_workbooks_are_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    macro = tmp_path / "macro.xlsm"
    macro.write_bytes(b"PK")
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"not a zip at all")
    truncated = tmp_path / "truncated.xlsx"
    workbook(truncated, [["单选", "x", "甲", "乙", None, None, "A", "解", None, None, None]])
    with zipfile.ZipFile(truncated) as source:
        kept = {n: source.read(n) for n in source.namelist() if "sheet1" not in n}
    with zipfile.ZipFile(truncated, "w") as target:
        for name, data in kept.items():
            target.writestr(name, data)
    assert [problems(convert(p, "excel")) for p in (old, macro, damaged, truncated)] == [
        [f"{old}: 不支持旧版 Excel 文件（.xls/.et），请在 Excel 或 WPS 中另存为 .xlsx 后再转换"],
        [f"{macro}: 不读取含宏的工作簿（.xlsm），请另存为普通的 .xlsx 后再转换"],
        [f"{damaged}: 无法读取此 Excel 文件，它可能已损坏或不是 .xlsx 文件；请用 Excel 或 WPS 打开后重新保存"],
        [f"{truncated}: 无法读取此 Excel 文件，它可能已损坏或不是 .xlsx 文件；请用 Excel 或 WPS 打开后重新保存"],
    ]  # fmt: skip


def test_huge_files_rows_and_cells_are_bounded(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"PK" + b"\0" * (excel.SIZE_LIMIT + 1))
    assert problems(convert(big, "excel")) == [f"{big}: 文件超过 20 MB，请拆分后分别转换"]
    monkeypatch.setattr(excel, "ROW_LIMIT", 5)
    rows = [
        ["判断", f"第{n}题。", None, None, None, None, "对", "解。", None, None, None]
        for n in range(6)
    ]
    many = workbook(tmp_path / "many.xlsx", rows)
    assert problems(convert(many, "excel")) == [
        f"{many}: 一个文件最多转换 5000 道题，请拆分后分别转换"
    ]
    assert len(convert(workbook(tmp_path / "five.xlsx", rows[:5]), "excel").questions) == 5
    # Rows far below a long blank stretch (formatting left in a sheet) are never read.
    monkeypatch.setattr(excel, "BLANK_RUN", 3)
    far = workbook(tmp_path / "far.xlsx", [rows[0], [None], [None], [None], ["问答"]])
    result = convert(far, "excel")
    assert problems(result) == [] and len(result.questions) == 1
    long = workbook(
        tmp_path / "long.xlsx",
        [["判断", "长" * 10_001, None, None, None, None, "对", "解。", None, None, None]],
    )
    assert problems(convert(long, "excel")) == [f"{long}:2: “题干”超过 10000 个字"]


def test_the_bank_format_rules_apply_to_converted_rows(tmp_path: Path) -> None:
    # What the converter does not check itself, the bank format's own rules do, at the row.
    path = workbook(
        tmp_path / "rules.xlsx",
        [["配对", "配对？", "甲 -> 乙", "甲 -> 丙", None, None, None, "解。", None, None, None]],
    )
    assert problems(convert(path, "excel")) == [f"{path}:2: 配对题左侧的各项不能重复"]


def test_a_case_sub_question_is_checked_at_its_own_row(tmp_path: Path) -> None:
    headers = ["题型", "题干", "选项A", "选项B", "答案", "解析", "案例", "案例材料", "编号"]
    path = workbook(
        tmp_path / "case.xlsx",
        [
            ["单选", "独立题？", "甲", "乙", "A", "甲。", None, None, None],
            ["案例", "阅读。", None, None, None, None, "C1", "材料", "c1"],
            ["配对", "配对？", "甲 -> 乙", "甲 -> 丙", None, "解。", "C1", None, None],
            ["判断", "对吗？", None, None, "对", "解。", "C1", None, None],
        ],
        headers,
    )
    assert problems(convert(path, "excel")) == [
        f"{path}:4: 配对题左侧的各项不能重复",
    ]
    path = workbook(
        tmp_path / "ids.xlsx",
        [
            ["单选", "独立题？", "甲", "乙", "A", "甲。", None, None, "c1-1"],
            ["案例", "阅读。", None, None, None, None, "C1", "材料", "c1"],
            ["判断", "对吗？", None, None, "对", "解。", "C1", None, None],
        ],
        headers,
    )
    assert problems(convert(path, "excel")) == [f"{path}:4: 编号“c1-1”与第 2 行的题目重复"]
