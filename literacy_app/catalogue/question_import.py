"""Sentences for converting question banks from Excel, GIFT and Aiken (`import-questions`)."""

from __future__ import annotations

from enum import StrEnum

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.content.question_import.codes import ImportCode as I

IMPORT_TEMPLATES: dict[StrEnum, str] = {
    I.FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "文件不存在或无法读取"),
    I.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "文件超过 {limit} MB，请拆分后分别转换"),
    I.FORMAT_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "无法从扩展名“{suffix}”判断题库格式：Excel 题库用 .xlsx，GIFT 用 .gift；.txt 文件请用 --format gift 或 --format aiken 指明",
    ),
    I.OLD_EXCEL: QT_TRANSLATE_NOOP(
        "Messages", "不支持旧版 Excel 文件（.xls/.et），请在 Excel 或 WPS 中另存为 .xlsx 后再转换"
    ),
    I.MACRO_EXCEL: QT_TRANSLATE_NOOP(
        "Messages", "不读取含宏的工作簿（.xlsm），请另存为普通的 .xlsx 后再转换"
    ),
    I.XLSX_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "无法读取此 Excel 文件，它可能已损坏或不是 .xlsx 文件；请用 Excel 或 WPS 打开后重新保存",
    ),
    I.TEXT_ENCODING: QT_TRANSLATE_NOOP(
        "Messages",
        "文件含有既不是 UTF-8 也不是 GB18030 编码的字节，请用记事本另存为 UTF-8 后再转换",
    ),
    I.HEADERS_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "第一行缺少列名：{headers}（请使用题库模板的列名）"
    ),
    I.HEADER_TWICE: QT_TRANSLATE_NOOP("Messages", "列名“{header}”出现了两次"),
    I.TOO_MANY_QUESTIONS: QT_TRANSLATE_NOOP(
        "Messages", "一个文件最多转换 {limit} 道题，请拆分后分别转换"
    ),
    I.NO_QUESTIONS: QT_TRANSLATE_NOOP("Messages", "文件中没有找到题目"),
    I.TYPE_MISSING: QT_TRANSLATE_NOOP("Messages", "“题型”为空"),
    I.TYPE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "题型“{value}”无法识别，应为 单选、多选、判断、填空、排序、配对 或 案例"
    ),
    I.CELL_EMPTY: QT_TRANSLATE_NOOP("Messages", "“{column}”为空"),
    I.CELL_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "“{column}”超过 {limit} 个字"),
    I.OPTION_GAP: QT_TRANSLATE_NOOP(
        "Messages", "选项{letter}为空，但后面还有选项；选项应从 A 起连续填写"
    ),
    I.OPTIONS_REPEAT: QT_TRANSLATE_NOOP("Messages", "选项{second}与选项{first}相同"),
    I.TOO_FEW_OPTIONS: QT_TRANSLATE_NOOP("Messages", "至少需要 2 个选项"),
    I.TOO_MANY_OPTIONS: QT_TRANSLATE_NOOP("Messages", "选项超过 {limit} 个"),
    I.ANSWER_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "答案“{value}”无法识别，应写选项字母，如 B、ABC 或 A;C"
    ),
    I.ANSWER_NOT_OPTION: QT_TRANSLATE_NOOP("Messages", "答案“{value}”不是任何选项"),
    I.SINGLE_MANY_ANSWERS: QT_TRANSLATE_NOOP(
        "Messages", "单选题只能有一个答案，现为“{value}”；多个答案请把题型改为多选"
    ),
    I.MULTIPLE_ONE_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "多选题至少应有两个正确答案，现为“{value}”；只有一个答案请把题型改为单选"
    ),
    I.TRUE_FALSE_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "判断题的答案“{value}”无法识别，应为 正确/错误、对/错、√/× 或 true/false"
    ),
    I.BLANKS_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "填空题的题干中没有空：请用 4 个以上的下划线“____”标出每个空"
    ),
    I.BLANKS_COUNT: QT_TRANSLATE_NOOP(
        "Messages",
        "题干有 {blanks} 个空，答案却有 {answers} 组：各空的答案用“|”分隔，同一空的几种写法用“;”分隔",
    ),
    I.ORDER_NOT_PERMUTATION: QT_TRANSLATE_NOOP(
        "Messages",
        "排序题的答案“{value}”应把每个选项（{options}）恰好排一次；留空表示选项已按正确顺序填写",
    ),
    I.PAIR_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "配对项{letter}“{value}”应写成“左项 -> 右项”"),
    I.POINTS_INVALID: QT_TRANSLATE_NOOP("Messages", "分值“{value}”应为 1 到 100 的整数"),
    I.DIFFICULTY_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "难度“{value}”无法识别，应为 易、中 或 难"),
    I.ID_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "编号“{id}”只能使用小写英文字母、数字和连字符（-），且以字母或数字开头"
    ),
    I.ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "编号“{id}”与第 {line} 行的题目重复"),
    I.CASE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "案例“{case}”没有题型为“案例”的一行（它给出案例材料）"
    ),
    I.CASE_REPEATED: QT_TRANSLATE_NOOP("Messages", "案例“{case}”在第 {line} 行已经有过"),
    I.CASE_EMPTY: QT_TRANSLATE_NOOP("Messages", "案例“{case}”下没有题目"),
    I.CASE_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Messages", "案例“{case}”中有题目未能转换，整个案例未转换"
    ),
    I.GIFT_UNCLOSED: QT_TRANSLATE_NOOP(
        "Messages", "“{{”没有对应的“}}”；题目中的花括号本身请写成“\\{{”“\\}}”"
    ),
    I.GIFT_STRAY_CLOSE: QT_TRANSLATE_NOOP(
        "Messages", "多出的“}}”前面没有“{{”；题目中的花括号本身请写成“\\{{”“\\}}”"
    ),
    I.GIFT_NO_ANSWERS: QT_TRANSLATE_NOOP(
        "Messages", "没有答案部分“{{…}}”；不带答案的说明文字（description）无法转换"
    ),
    I.GIFT_TWO_BLOCKS: QT_TRANSLATE_NOOP(
        "Messages", "一道题只能有一个答案部分“{{…}}”（嵌入式完形填空无法转换）"
    ),
    I.GIFT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "答案部分“{value}”无法识别：每个答案应以“=”（正确）或“~”（错误）开头"
    ),
    I.GIFT_ESSAY: QT_TRANSLATE_NOOP(
        "Messages", "论述题（空的“{{}}”）无法转换：本程序不支持人工评分的题目"
    ),
    I.GIFT_NUMERIC_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "数值题的范围或误差“{value}”无法转换：本程序只支持精确的数值答案"
    ),
    I.GIFT_NUMBER_INVALID: QT_TRANSLATE_NOOP("Messages", "数值题的答案“{value}”不是数字"),
    I.GIFT_NO_RIGHT_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "没有正确答案（以“=”开头或权重为正的答案）"
    ),
    I.GIFT_WEIGHT_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "权重“{value}”无法识别，应写成“%50%”或“%-100%”"
    ),
    I.AIKEN_NO_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "题目缺少“ANSWER: 字母”一行（应紧跟在最后一个选项之后）"
    ),
    I.AIKEN_NO_OPTIONS: QT_TRANSLATE_NOOP(
        "Messages", "题目没有选项：选项应写成“A. 选项内容”，每行一个"
    ),
    I.AIKEN_OPTION_ORDER: QT_TRANSLATE_NOOP(
        "Messages", "选项字母应依次排列，这里应为 {expected}，却是 {letter}"
    ),
    I.NOTE_EXPLANATION_MADE: QT_TRANSLATE_NOOP(
        "Messages", "提示：{count} 道题原文没有解析，已写入“正确答案：……”，请补充解析"
    ),
    I.NOTE_PARTIAL_CREDIT: QT_TRANSLATE_NOOP(
        "Messages",
        "提示：按比例给分（%…%）无法逐项保留；权重为正的答案算作正确答案，多选题的部分得分由测验的 multiple_scoring 决定",
    ),
    I.NOTE_FEEDBACK_DROPPED: QT_TRANSLATE_NOOP(
        "Messages", "提示：错误选项的反馈（#…）没有保留，解析只取总反馈（####）或正确答案的反馈"
    ),
    I.NOTE_HTML: QT_TRANSLATE_NOOP("Messages", "提示：题干中的 HTML 标记已去除，只保留文字"),
    I.CONVERTED: QT_TRANSLATE_NOOP("Messages", "已转换 {count} 道题，写入 {path}"),
    I.SKIPPED: QT_TRANSLATE_NOOP("Messages", "跳过了 {count} 道有问题的题目"),
    I.NOTHING_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "发现 {count} 个问题，未写入任何文件；改正后重新转换，或用 --skip-invalid 跳过有问题的题目",
    ),
    I.OUTPUT_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "输出文件已存在，没有覆盖；如需覆盖请加 --force"
    ),
    I.OUTPUT_FAILED: QT_TRANSLATE_NOOP("Messages", "无法写入输出文件：{error}"),
}
