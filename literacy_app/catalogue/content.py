"""Sentences for the content layer's problem codes (course files, banks, drills)."""

from __future__ import annotations

from enum import StrEnum

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.content.codes import ContentCode as C
from literacy_app.content.codes import Severity

CONTENT_TEMPLATES: dict[StrEnum, str] = {
    C.PATH_MISSING: QT_TRANSLATE_NOOP("Messages", "路径不存在"),
    C.NOT_CONTENT_FILE: QT_TRANSLATE_NOOP("Messages", "不是课程文件夹、题库或推演文件（.yaml）"),
    C.NOT_UTF8: QT_TRANSLATE_NOOP("Messages", "不是 UTF-8 编码的文本（第 {offset} 字节附近）"),
    C.YAML_SYNTAX: QT_TRANSLATE_NOOP("Messages", "YAML 语法错误：{detail}"),
    C.YAML_ANCHOR: QT_TRANSLATE_NOOP(
        "Messages", "课程文件不能使用锚点（&）和别名（*），请把内容直接写出"
    ),
    C.YAML_KEY_NOT_TEXT: QT_TRANSLATE_NOOP(
        "Messages", "键应为简单的文字；如果值里有花括号或方括号，请给整个值加上引号"
    ),
    C.YAML_BAD_VALUE: QT_TRANSLATE_NOOP(
        "Messages", "值“{value}”无法按 {tag} 类型读取；如果它是文字，请加上引号"
    ),
    C.YAML_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Messages", "嵌套超过 {limit} 层，课程文件用不到这么深的结构"
    ),
    C.READ_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "读取此文件时出现意外错误（{error}），其他文件不受影响；请把日志发给开发者"
    ),
    C.COURSE_NOT_MAPPING: QT_TRANSLATE_NOOP("Messages", "course.yaml 应为“键: 值”形式的映射"),
    C.BANK_NOT_MAPPING: QT_TRANSLATE_NOOP("Messages", "题库文件应为“键: 值”形式的映射"),
    C.SCENARIO_NOT_MAPPING: QT_TRANSLATE_NOOP("Messages", "推演文件应为“键: 值”形式的映射"),
    C.FRONT_MATTER_NOT_MAPPING: QT_TRANSLATE_NOOP("Messages", "YAML 头部应为“键: 值”形式的映射"),
    C.FRONT_MATTER_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "课时文件应以“---”开头的 YAML 头部（id、title、minutes、objectives）开始"
    ),
    C.FRONT_MATTER_UNCLOSED: QT_TRANSLATE_NOOP("Messages", "YAML 头部没有以“---”结束"),
    C.FIELD_MISSING: QT_TRANSLATE_NOOP("Messages", "缺少必填字段“{field}”"),
    C.FIELD_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "未知字段“{field}”，请检查拼写"),
    C.FIELD_CHOICE: QT_TRANSLATE_NOOP(
        "Messages", "“{field}”的取值“{value}”无效，应为以下之一：{expected}"
    ),
    C.FIELD_NOT_TEXT: QT_TRANSLATE_NOOP("Messages", "“{field}”应为文字"),
    C.FIELD_NOT_INTEGER: QT_TRANSLATE_NOOP("Messages", "“{field}”应为整数"),
    C.FIELD_NOT_NUMBER: QT_TRANSLATE_NOOP("Messages", "“{field}”应为数字"),
    C.FIELD_NOT_FINITE: QT_TRANSLATE_NOOP("Messages", "“{field}”应为有限的数字"),
    C.FIELD_NOT_LIST: QT_TRANSLATE_NOOP("Messages", "“{field}”应为列表（每项以“- ”开头）"),
    C.FIELD_NOT_MAPPING: QT_TRANSLATE_NOOP("Messages", "“{field}”应为“键: 值”形式的映射"),
    C.FIELD_ABOVE: QT_TRANSLATE_NOOP("Messages", "“{field}”应大于 {bound}"),
    C.FIELD_AT_LEAST: QT_TRANSLATE_NOOP("Messages", "“{field}”应大于等于 {bound}"),
    C.FIELD_BELOW: QT_TRANSLATE_NOOP("Messages", "“{field}”应小于 {bound}"),
    C.FIELD_AT_MOST: QT_TRANSLATE_NOOP("Messages", "“{field}”应小于等于 {bound}"),
    C.FIELD_BAD_ID: QT_TRANSLATE_NOOP(
        "Messages", "“{field}”只能使用小写英文字母、数字和连字符（-）"
    ),
    C.FIELD_EMPTY: QT_TRANSLATE_NOOP("Messages", "“{field}”不能为空"),
    C.FIELD_INVALID: QT_TRANSLATE_NOOP("Messages", "“{field}”：{detail}"),
    C.CHOICE_TOO_FEW_OPTIONS: QT_TRANSLATE_NOOP("Messages", "选择题至少需要 2 个选项（options）"),
    C.SINGLE_ANSWER_NOT_LETTER: QT_TRANSLATE_NOOP(
        "Messages", "单选题的 answer 应为一个选项字母，例如 B"
    ),
    C.MULTIPLE_ANSWER_NOT_LIST: QT_TRANSLATE_NOOP(
        "Messages", "多选题的 answer 应为至少两个选项字母的列表，例如 [A, C]"
    ),
    C.ANSWER_NOT_AN_OPTION: QT_TRANSLATE_NOOP("Messages", "答案 {missing} 不在选项 {options} 之中"),
    C.TRUE_FALSE_HAS_OPTIONS: QT_TRANSLATE_NOOP("Messages", "判断题不需要 options，请删除"),
    C.TRUE_FALSE_NOT_BOOLEAN: QT_TRANSLATE_NOOP(
        "Messages", "判断题的 answer 应为 true（对）或 false（错）"
    ),
    C.FILL_MARKERS: QT_TRANSLATE_NOOP("Messages", "题干应依次标出 {count} 个空：{markers}"),
    C.ORDERING_REPEATS: QT_TRANSLATE_NOOP("Messages", "排序题的各项不能重复"),
    C.MATCHING_LEFT_REPEATS: QT_TRANSLATE_NOOP("Messages", "配对题左侧的各项不能重复"),
    C.MATCHING_RIGHT_REPEATS: QT_TRANSLATE_NOOP("Messages", "配对题右侧的各项不能重复"),
    C.LESSON_LISTED_TWICE: QT_TRANSLATE_NOOP(
        "Messages", "课时文件“{file}”重复列出（第 {first_line} 行已列出）"
    ),
    C.LESSON_FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "找不到课时文件 {file}"),
    C.LESSON_NOT_LISTED: QT_TRANSLATE_NOOP("Messages", "课时文件 {file} 未列入 lessons"),
    C.LESSON_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "课时标识“{id}”与 {other} 重复"),
    C.IMAGE_REMOTE: QT_TRANSLATE_NOOP(
        "Messages", "图片“{src}”不是课程文件夹中的文件：课程须离线可用"
    ),
    C.IMAGE_OUTSIDE: QT_TRANSLATE_NOOP("Messages", "图片“{src}”位于课程文件夹之外"),
    C.IMAGE_MISSING: QT_TRANSLATE_NOOP("Messages", "找不到图片“{src}”"),
    C.PATH_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "路径“{file}”无效：含有空字符，或某一级名称超过 255 字节"
    ),
    C.FILE_NOT_REGULAR: QT_TRANSLATE_NOOP(
        "Messages", "“{file}”不是普通文件（而是文件夹、设备或管道），不能作为课程内容"
    ),
    C.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "“{file}”有 {size} 字节，超过了此类文件 {limit} KiB 的上限"
    ),
    C.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "无法读取“{file}”：{reason}"),
    C.LINK_OUTSIDE: QT_TRANSLATE_NOOP(
        "Messages", "“{file}”是指向课程文件夹之外的链接：课程只能使用本文件夹中的文件"
    ),
    C.LESSON_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "课时正文过长（{size} 个字符，上限 {limit} 个）：请拆成几课"
    ),
    C.LESSON_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Messages", "列表或引用嵌套过深（上限 {limit} 层，每层缩进 4 个空格或一个“>”）"
    ),
    C.LESSON_TOO_SLOW: QT_TRANSLATE_NOOP(
        "Messages", "课时正文排版超过 {seconds} 秒仍未完成：请简化正文（如大量未配对的“[”）"
    ),
    C.LESSON_NOT_RENDERED: QT_TRANSLATE_NOOP("Messages", "课时正文无法排版：{error}"),
    C.COURSE_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "课程标识“{id}”与 {other} 重复"),
    C.BANK_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "题库标识“{id}”与 {other} 重复"),
    C.QUESTION_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "题目标识“{id}”重复（已用于 {other}）"),
    C.SCENARIO_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "推演标识“{id}”与 {other} 重复"),
    C.BANK_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "引用的题库“{bank}”不存在或有错误"),
    C.PRACTICE_WITHOUT_BANKS: QT_TRANSLATE_NOOP(
        "Messages", "课后练习没有可用的题库：请写 practice.banks，或为课程设置结业测验"
    ),
    C.QUOTA_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "标签“{tag}”要抽 {wanted} 题，但符合条件的只有 {available} 题"
    ),
    C.QUOTAS_SHARE_SHORT: QT_TRANSLATE_NOOP(
        "Messages",
        "标签 {tags} 的配额合计 {wanted} 题，每题只能算入一个配额，但带有这些标签且符合条件的只有 {available} 题",
    ),
    C.QUOTAS_OVER_TOTAL: QT_TRANSLATE_NOOP(
        "Messages", "各标签配额合计 {total} 题，超过了要抽的 {count} 题"
    ),
    C.DRAW_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "要抽 {wanted} 题，但所引用题库只有 {available} 题"
    ),
    C.DRAW_SHORT_FILTERED: QT_TRANSLATE_NOOP(
        "Messages", "要抽 {wanted} 题，但符合筛选条件的只有 {available} 题"
    ),
    C.EXPLANATION_CITES_LETTER: QT_TRANSLATE_NOOP(
        "Messages",
        "打乱选项后字母会变，但题目“{question}”的解析引用了选项字母：请改写解析或关闭 shuffle_options",
    ),
    C.STAGE_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "阶段标识“{stage}”重复"),
    C.START_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "起始阶段“{stage}”不存在"),
    C.ENDING_CONTINUES: QT_TRANSLATE_NOOP(
        "Messages", "结局阶段“{stage}”不应再有选项、时限或超时处理"
    ),
    C.CHOICE_COUNT: QT_TRANSLATE_NOOP(
        "Messages",
        "阶段“{stage}”应有 2 到 4 个选项（现有 {count} 个）；没有后续的阶段请标注 ending: true",
    ),
    C.STAGE_WITHOUT_BEST: QT_TRANSLATE_NOOP(
        "Messages", "阶段“{stage}”缺少 best（复盘时展示的理想做法）"
    ),
    C.TIME_LIMIT_WITHOUT_TIMEOUT: QT_TRANSLATE_NOOP(
        "Messages", "阶段“{stage}”设置了时限，但没有 on_timeout（超时后的去向）"
    ),
    C.CHOICE_ID_REPEATED: QT_TRANSLATE_NOOP("Messages", "阶段“{stage}”的选项标识重复"),
    C.NEXT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "去向的阶段“{stage}”不存在"),
    C.SCORES_MISSING_DIMENSIONS: QT_TRANSLATE_NOOP(
        "Messages", "评分缺少维度 {dimensions}（应为 {expected} 五项）"
    ),
    C.SCORES_UNKNOWN_DIMENSIONS: QT_TRANSLATE_NOOP(
        "Messages", "评分有未知维度 {dimensions}（应为 {expected} 五项）"
    ),
    C.STAGE_LOOP: QT_TRANSLATE_NOOP(
        "Messages", "阶段“{stage}”回到了“{target}”，形成循环：推演必须走向结局"
    ),
    C.STAGE_UNREACHABLE: QT_TRANSLATE_NOOP("Messages", "阶段“{stage}”从起始阶段无法到达"),
    C.IMAGE_LARGE_FILE: QT_TRANSLATE_NOOP(
        "Messages",
        "图片“{src}”有 {size} MB，超过建议的 {limit} MB：课程包会很大，旧电脑上打开也慢；请压缩或缩小图片",
    ),
    C.IMAGE_LARGE_PIXELS: QT_TRANSLATE_NOOP(
        "Messages",
        "图片“{src}”有 {width}×{height} 像素，超过建议的 {limit} 像素：课时里显示不了这么大，请缩小后再放入",
    ),
    C.FILE_UNUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "课程文件夹里的 {file} 没有被 course.yaml 或任何课时用到：课程包会把它带给每位学员；不需要就删除",
    ),
    C.LINK_NO_LESSON: QT_TRANSLATE_NOOP(
        "Messages",
        "链接“{href}”不指向本课程的任何课时，学员点了没有反应；请写 lessons/ 中课时的文件名，如 02-example.md",
    ),
    C.LINK_NO_HEADING: QT_TRANSLATE_NOOP(
        "Messages", "链接“{href}”指向的小标题不存在，请核对 # 后面的标题文字"
    ),
    C.LINK_NOT_OPENED: QT_TRANSLATE_NOOP(
        "Messages",
        "链接“{href}”不会被打开：程序离线运行，不打开网址或其他程序；如需给出网址，请把它写成正文",
    ),
    C.BANK_NOT_DRAWN: QT_TRANSLATE_NOOP(
        "Messages",
        "没有课程的结业测验或课后练习从题库“{bank}”抽题，学员不会见到其中的题目",
    ),
    C.QUESTION_NOT_DRAWN: QT_TRANSLATE_NOOP(
        "Messages",
        "题目“{question}”不符合任何课后练习的标签或难度筛选，所在题库也不用于结业测验，学员不会见到它",
    ),
    C.LESSON_LONGER_THAN_MINUTES: QT_TRANSLATE_NOOP(
        "Messages",
        "正文约 {characters} 字，按每分钟 {speed} 字仅阅读就要约 {reading} 分钟，超过了 minutes 的 {minutes} 分钟；请调高 minutes 或拆分课时",
    ),
    C.LESSON_SHORTER_THAN_MINUTES: QT_TRANSLATE_NOOP(
        "Messages",
        "正文约 {characters} 字，按每分钟 {speed} 字约 {reading} 分钟可读完，而 minutes 写了 {minutes} 分钟，是阅读时间的十倍以上；请核对 minutes",
    ),
    C.HOURS_FAR_FROM_MINUTES: QT_TRANSLATE_NOOP(
        "Messages",
        "课程为 {hours} 学时（约 {expected} 分钟），各课时 minutes 合计 {minutes} 分钟，相差太多；请核对 hours 或各课时的 minutes",
    ),
    C.CONDITION_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "when 条件是空的：至少写 any、all、none 中的一项，列出标记"
    ),
    C.FLAG_NEVER_SET: QT_TRANSLATE_NOOP(
        "Messages", "条件中的标记“{flag}”没有任何选项用 sets 设置过，这个条件永远不会成立"
    ),
    C.BRANCH_LAST_CONDITIONAL: QT_TRANSLATE_NOOP(
        "Messages",
        "阶段“{stage}”的 next 分支中，最后一个不应写 when：前面的条件都不成立时要有去处",
    ),
    C.BRANCH_UNCONDITIONAL_EARLY: QT_TRANSLATE_NOOP(
        "Messages",
        "阶段“{stage}”的 next 分支中，只有最后一个可以不写 when：不写 when 的分支后面的分支永远走不到",
    ),
    C.REVEAL_ALL_CONDITIONAL: QT_TRANSLATE_NOOP(
        "Messages", "阶段“{stage}”的信息全都带 when 条件：至少要有一项不带条件、总会显示"
    ),
    C.GRADE_NOT_ENDING: QT_TRANSLATE_NOOP(
        "Messages", "阶段“{stage}”不是结局阶段，不应写 grade（只有结局分 best、mixed、poor）"
    ),
    C.LIBRARY_CHECKED: QT_TRANSLATE_NOOP(
        "Messages",
        "已检查 {courses} 门课程、{banks} 个可用题库、{scenarios} 个可用推演：发现 {errors} 个错误、{warnings} 个警告。",
    ),
    # The word that says how much a problem matters, in `path:line: 错误: …`.
    Severity.ERROR: QT_TRANSLATE_NOOP("Messages", "错误"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Messages", "警告"),
}
