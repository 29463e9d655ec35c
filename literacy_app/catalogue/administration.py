"""Sentences for the roster's, learner records' and assignments' codes."""

from __future__ import annotations

from enum import StrEnum

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.services.admin_codes import AssignmentCode as A
from literacy_app.services.admin_codes import RosterCode as R

ADMINISTRATION_TEMPLATES: dict[StrEnum, str] = {
    R.IDENTIFIER_REQUIRED: QT_TRANSLATE_NOOP("Messages", "工号/身份标识为空"),
    R.IDENTIFIER_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "工号/身份标识最多 {limit} 个字符"),
    R.IDENTIFIER_TAKEN: QT_TRANSLATE_NOOP(
        "Messages", "工号/身份标识“{identifier}”已属于另一位学员"
    ),
    R.DEPARTMENT_REQUIRED: QT_TRANSLATE_NOOP("Messages", "单位/部门为空"),
    R.DEPARTMENT_EMPTY_SEGMENT: QT_TRANSLATE_NOOP(
        "Messages",
        "单位/部门“{department}”中有空的一级；请用“/”分隔各级，如“某省/某市/县融媒体中心”",
    ),
    R.TIER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "类别“{value}”无法识别；应为“领导干部”“政务运营团队”或“公众”"
    ),
    R.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "手机号“{value}”不是有效的 11 位手机号码；没有可留空"
    ),
    R.VALUE_NOT_TEXT: QT_TRANSLATE_NOOP(
        "Messages", "有单元格是日期、小数或逻辑值；请把该列设为文本格式后重新填写"
    ),
    R.CONTROL_CHARACTER: QT_TRANSLATE_NOOP("Messages", "含有不可见的控制字符，请重新输入这一格"),
    R.FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "文件不存在或无法读取"),
    R.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "文件超过 {limit} MB，不像是花名册；请检查是否选错了文件"
    ),
    R.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "Messages", "文件超过 {limit} 行，一次最多导入 {limit} 人；请拆分后分批导入"
    ),
    R.UNSUPPORTED_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "不支持“{suffix}”格式的文件；请使用 .xlsx 或 .csv 花名册"
    ),
    R.OLD_EXCEL_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "这是旧版 Excel/WPS 格式；请在 Excel 或 WPS 中另存为 .xlsx 后再导入"
    ),
    R.XLSX_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "无法读取这个 .xlsx 文件，它可能已损坏或不完整；请在 Excel 或 WPS 中打开并重新保存",
    ),
    R.CSV_ENCODING: QT_TRANSLATE_NOOP(
        "Messages", "无法识别文件的文字编码；请另存为“CSV UTF-8”或 .xlsx 后再导入"
    ),
    R.CSV_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "这一行无法按 CSV 格式读取（可能含有不可见的控制字符）"
    ),
    R.HEADERS_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "缺少必需的列：{headers}；请在第一行写上列名，可参照花名册模板"
    ),
    R.HEADER_TWICE: QT_TRANSLATE_NOOP("Messages", "列“{header}”出现了两次"),
    R.NO_ROWS: QT_TRANSLATE_NOOP("Messages", "文件中没有学员"),
    R.NAME_MISSING: QT_TRANSLATE_NOOP("Messages", "姓名为空"),
    R.NAME_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "姓名最多 {limit} 个字"),
    R.DUPLICATE_IDENTIFIER: QT_TRANSLATE_NOOP(
        "Messages", "工号/身份标识“{identifier}”与第 {lines} 行重复"
    ),
    R.HAS_PROBLEMS: QT_TRANSLATE_NOOP("Messages", "花名册有 {count} 个问题，没有导入任何学员。"),
    R.READING: QT_TRANSLATE_NOOP("Messages", "正在读取花名册……"),
    R.WRITING: QT_TRANSLATE_NOOP("Messages", "正在保存学员……"),
    A.DUE_DATE_PAST: QT_TRANSLATE_NOOP("Messages", "截止日期不能早于今天（{today}）。"),
    A.NO_LEARNERS_CHOSEN: QT_TRANSLATE_NOOP("Messages", "请至少选择一位学员。"),
    A.ASSIGNMENT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "这项课程分配已不存在。"),
    A.HOURS_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Messages", "学时目标应在 0 到 {limit} 之间。"),
    A.YEAR_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Messages", "年份应在 {first} 到 {last} 之间。"),
    A.HOUR_TARGET_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "这项学时目标已不存在。"),
}
