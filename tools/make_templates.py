"""Write the roster templates shipped in assets/templates/ (花名册模板.xlsx and 花名册模板.csv).

Run after changing the roster's columns: `python tools/make_templates.py`. The workbook's dates
are fixed so that running it again without changes writes the same content.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).resolve().parents[1] / "assets" / "templates"
HEADERS = ("姓名", "工号/身份标识", "单位/部门", "类别", "手机号")
# Fictional people: no real name, number or unit.
EXAMPLES = (
    ("张明", "A0001", "某省/某市/某县/县融媒体中心", "政务运营团队", "13800138000"),
    ("李华", "A0002", "某省/某市/市委宣传部", "领导干部", ""),
)
WIDTHS = (12, 16, 36, 14, 15)
INSTRUCTIONS = (
    "花名册填写说明",
    "",
    "1. 在“花名册”工作表中每行填写一位学员，第一行是列名，请不要改动列名；列的顺序可以调整。",
    "2. 姓名、工号/身份标识、单位/部门、类别为必填；手机号为选填，不填则不保存。",
    "3. 工号/身份标识在本单位内唯一。再次导入更新后的花名册时，程序按工号/身份标识更新已有学员，不会重复添加。",
    "4. 单位/部门按层级填写，各级之间用“/”分隔，例如“某省/某市/某县/县融媒体中心”；统计会按层级逐级汇总。",
    "5. 类别填写“领导干部”“政务运营团队”或“公众”之一。",
    "6. 手机号填写 11 位中国大陆手机号码。花名册含有“手机号”列时，该列留空会清除已保存的手机号；没有这一列则保留原有手机号。",
    "7. 导入前程序会列出每个问题所在的行；有问题时不会导入任何学员，也可以选择跳过有问题的行。",
    "8. 一次最多导入 20000 人，文件不超过 10 MB。也可以另存为 CSV（UTF-8 或 Excel 默认编码）后导入。",
    "9. 请删除示例中的两行虚构学员后再填写。",
)
FIXED_TIME = datetime(2026, 1, 1)


def write_workbook(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "花名册"
    sheet.append(HEADERS)
    for row in EXAMPLES:
        sheet.append(row)
    header_fill = PatternFill("solid", fgColor="F3E5E5")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center")
    for index, width in enumerate(WIDTHS):
        letter = chr(ord("A") + index)
        sheet.column_dimensions[letter].width = width
    # Identifiers and phone numbers are text, so Excel keeps leading zeros and all 11 digits.
    for letter in ("B", "E"):
        for row in range(2, 1001):
            sheet[f"{letter}{row}"].number_format = "@"
    tiers = DataValidation(type="list", formula1='"领导干部,政务运营团队,公众"', allow_blank=True)
    tiers.add("D2:D1000")
    sheet.add_data_validation(tiers)
    sheet.freeze_panes = "A2"
    notes = workbook.create_sheet("填写说明")
    for line in INSTRUCTIONS:
        notes.append((line,))
    notes["A1"].font = Font(bold=True, size=14)
    notes.column_dimensions["A"].width = 110
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.save(path)


def write_csv(path: Path) -> None:
    # With a byte-order mark, so Excel in a Chinese locale opens it as UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(EXAMPLES)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_workbook(OUT / "花名册模板.xlsx")
    write_csv(OUT / "花名册模板.csv")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
