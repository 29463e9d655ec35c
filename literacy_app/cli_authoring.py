"""The trainer's authoring commands: `new-course` (a documented example to start from) and
`preview` (a course folder in the reader, reloaded on every save)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.cli import use_language
from literacy_app.services.config import AppConfig


def add_commands(commands: Any, language: str) -> None:
    new_course = commands.add_parser(
        "new-course",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "在空文件夹中生成一门带说明的示例课程"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "在 DIR 中生成一门可以通过检查的示例课程：courses/<标识>/（course.yaml、两个课时、一张图片）"
            "和 quizzes/<标识>.yaml（题库）。DIR 必须不存在或为空。",
        ),
    )
    new_course.add_argument(
        "folder", type=Path, metavar="DIR", help=QT_TRANSLATE_NOOP("Cli", "新课程所在的文件夹")
    )
    new_course.add_argument(
        "--id",
        dest="course_id",
        metavar="ID",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "课程标识：小写英文字母、数字和连字符（默认：文件夹名可用时取文件夹名，否则 my-course）",
        ),
    )
    new_course.add_argument(
        "--title",
        metavar="TITLE",
        help=QT_TRANSLATE_NOOP("Cli", "课程名称（默认：示例课程（请替换））"),
    )
    preview = commands.add_parser(
        "preview",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "打开课程预览窗口，保存文件后自动刷新"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "在阅读页中打开课程，列出检查发现的问题；课程文件保存后自动刷新并保持阅读位置。"
            "预览不记录任何学习进度。",
        ),
    )
    preview.add_argument(
        "folder",
        type=Path,
        metavar="COURSE_DIR",
        help=QT_TRANSLATE_NOOP("Cli", "课程文件夹（或只含一门课程的内容文件夹）"),
    )


def _new_course(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.catalogue import describe
    from literacy_app.services.authoring import create_course
    from literacy_app.services.errors import ServiceError

    use_language(language)
    try:
        created = create_course(args.folder, args.course_id, args.title)
    except ServiceError as error:
        print(describe(error.message), file=sys.stderr)
        return 1
    print(describe(created.message))
    return 0


def _preview(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    # A window: its QApplication must be the process's first Qt application, so the command
    # line's translation is not installed here; the window installs its own.
    from literacy_app.ui.preview.launch import run_preview

    return run_preview(args.folder, language if args.lang else None)


COMMANDS = {"new-course": _new_course, "preview": _preview}
