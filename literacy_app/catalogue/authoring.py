"""Sentences for the trainer's tools' codes (new-course, preview)."""

from __future__ import annotations

from enum import StrEnum

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.services.authoring_codes import AuthoringCode as A

AUTHORING_TEMPLATES: dict[StrEnum, str] = {
    A.TARGET_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "文件夹 {folder} 不是空的：请指定一个新的或空的文件夹，以免覆盖已有文件"
    ),
    A.TARGET_NOT_FOLDER: QT_TRANSLATE_NOOP("Messages", "{folder} 已存在，且不是文件夹"),
    A.TARGET_NOT_WRITABLE: QT_TRANSLATE_NOOP("Messages", "无法在 {folder} 中写入文件：{reason}"),
    A.COURSE_ID_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "课程标识“{id}”不可用：只能用小写英文字母、数字和连字符，以字母或数字开头，最多 {limit} 个字符",
    ),
    A.TITLE_INVALID: QT_TRANSLATE_NOOP("Messages", "课程名称不能为空，也不能含有换行"),
    A.SKELETON_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "找不到随程序提供的示例课程（{folder}），程序安装可能不完整"
    ),
    A.COURSE_CREATED: QT_TRANSLATE_NOOP(
        "Messages",
        "已在 {folder} 生成示例课程“{title}”（标识 {id}）：课程在 {course}，题库在 {bank}。"
        "改完后运行 literacy-app validate {folder} 检查，literacy-app preview {course} 预览。",
    ),
    A.NOT_A_COURSE: QT_TRANSLATE_NOOP(
        "Messages", "{folder} 不是课程文件夹（其中没有 course.yaml），也不包含课程"
    ),
    A.SEVERAL_COURSES: QT_TRANSLATE_NOOP(
        "Messages", "{folder} 中有 {count} 门课程，请指定其中一门的文件夹：{courses}"
    ),
}
