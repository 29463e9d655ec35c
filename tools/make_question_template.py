"""Write the question bank template shipped as assets/templates/题库模板.xlsx.

Run after changing the columns `import-questions` reads (literacy_app/content/question_import/
excel.py): `python tools/make_question_template.py`. Its dates are fixed, so running it again
without changes writes the same content.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).resolve().parents[1] / "assets" / "templates" / "题库模板.xlsx"
OPTION_HEADERS = tuple(f"选项{letter}" for letter in "ABCDEFGH")
HEADERS = (
    "题型", "题干", *OPTION_HEADERS, "答案", "解析", "分值", "难度", "标签", "案例", "案例材料",
    "编号",
)  # fmt: skip
WIDTHS = {"题型": 8, "题干": 48, "答案": 10, "解析": 40, "分值": 6, "难度": 6, "标签": 16,
          "案例": 8, "案例材料": 40, "编号": 14}  # fmt: skip
OPTION_WIDTH = 18
# Fictional examples, marked as such; a trainer deletes them before filling in the sheet.
EXAMPLES = (
    {
        "题型": "单选",
        "题干": "（虚构示例）某县融媒体中心接到网民反映“自来水变黄”，值班编辑首先应当做什么？",
        "选项A": "立即转发网民的照片，提醒大家不要饮用",
        "选项B": "向供水部门核实情况，再发布已核实的信息",
        "选项C": "先删除相关留言，避免引起恐慌",
        "选项D": "等上级通知后再处理",
        "答案": "B",
        "解析": "先核实再发布：未经核实就转发可能放大谣言，删帖和拖延都会损害公信力。",
        "分值": 1,
        "难度": "易",
        "标签": "信息核实;突发事件",
    },
    {
        "题型": "填空",
        "题干": "（虚构示例）发布突发事件信息时，应先说清已经____的情况，再说明正在____的事项。",
        "答案": "核实;确认|调查;处置",
        "解析": "已核实的事实与正在处置的事项分开讲，既及时又不越过事实。",
        "分值": 2,
        "难度": "中",
        "标签": "信息发布",
    },
)
INSTRUCTIONS = (
    "题库模板填写说明",
    "",
    "用法：在“题库”工作表中每行填写一道题，第一行是列名，请不要改动列名（列的顺序可以调整，不用的列可以删除）。",
    '填好后运行：literacy-app import-questions 题库.xlsx -o quizzes/我的题库.yaml --bank-id my-bank --title "我的题库"',
    "有问题的行会逐行列出（如“题库.xlsx:7: 答案“E”不是任何选项”），改正后重新转换即可。请删除两行虚构示例后再填写。",
    "",
    "各列说明",
    "题型（必填）：单选、多选、判断、填空、排序、配对、案例（也可写“单选题”“single”等）。",
    "题干（必填）：题目正文。填空题用 4 个以上的下划线“____”标出每个空。",
    "选项A～选项H：选择题的选项，从选项A起连续填写，至少 2 个，不能重复。排序题按正确顺序填写各项；配对题每格写“左项 -> 右项”（也可用“→”）。",
    "答案（必填，排序题和配对题可留空）：",
    "    单选：一个选项字母，如 B；",
    "    多选：两个以上的字母，如 ABC、A;C、A,C 或 A、C；",
    "    判断：正确/错误、对/错、√/×、true/false 均可；",
    "    填空：各空的答案依次用“|”分隔，同一空可接受的几种写法用“;”分隔，如 核实;确认|调查;处置；",
    "    排序：留空表示选项已按正确顺序填写；也可写出正确顺序的字母，如 BADC；",
    "    配对：留空（配对关系写在选项里）。",
    "解析（建议填写）：答题后向学员展示。留空时程序写入“正确答案：……”，并提示补充。解析中不要引用选项字母，打乱选项后字母会变。",
    "分值：1 到 100 的整数，留空为 1 分。",
    "难度：易、中、难（或 简单/中等/困难），留空为“中”。",
    "标签：知识点，多个用“;”“，”或“、”分隔。",
    "案例、案例材料：案例题由几行组成。先写一行题型为“案例”的行：案例列填一个案例编号（如 案例1），题干填作答提示（如“阅读下面的虚构案例，回答问题。”），案例材料填案例全文；再写若干道小题，每行案例列填同一个案例编号。小题可以是除案例外的任何题型。",
    "编号（可选）：题目的固定编号，只能用小写英文字母、数字和连字符，如 media-001。留空时按行的先后自动编为 题库编号-001、-002……；学员的答题记录按编号保存，题库修改后重新转换时，请保持已有题目的顺序或填写编号。",
    "",
    "注意",
    "公式按 Excel 最后保存的结果读取，程序不计算公式；由其他程序生成、从未在 Excel 中保存过的公式单元格会被当作空格。",
    "一个文件最多 5000 道题、20 MB；每格不超过 10000 字。只读取 .xlsx 文件，.xls 和含宏的 .xlsm 请先另存为 .xlsx。",
    "程序读取名为“题库”的工作表；没有这个工作表时读取第一个工作表。",
)
FIXED_TIME = datetime(2026, 1, 1)


def write_template(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "题库"
    sheet.append(HEADERS)
    for example in EXAMPLES:
        sheet.append([example.get(header) for header in HEADERS])
    header_fill = PatternFill("solid", fgColor="F3E5E5")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center")
    for index, header in enumerate(HEADERS):
        letter = sheet.cell(row=1, column=index + 1).column_letter
        sheet.column_dimensions[letter].width = WIDTHS.get(header, OPTION_WIDTH)
    for row in sheet.iter_rows(min_row=2, max_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    # Answers are text, so Excel keeps "1|2" or "A;C" as written and never turns them into numbers.
    answer_column = sheet.cell(row=1, column=HEADERS.index("答案") + 1).column_letter
    for row in range(2, 2001):
        sheet[f"{answer_column}{row}"].number_format = "@"
    for header, choices in (("题型", "单选,多选,判断,填空,排序,配对,案例"), ("难度", "易,中,难")):
        column = sheet.cell(row=1, column=HEADERS.index(header) + 1).column_letter
        validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        validation.add(f"{column}2:{column}5000")
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "B2"
    notes = workbook.create_sheet("说明")
    for line in INSTRUCTIONS:
        notes.append((line,))
    notes["A1"].font = Font(bold=True, size=14)
    for heading in ("各列说明", "注意"):
        notes[f"A{INSTRUCTIONS.index(heading) + 1}"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 120
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.save(path)


if __name__ == "__main__":
    write_template(OUT)
    print(OUT)
