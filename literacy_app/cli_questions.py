"""`import-questions`: a question bank converted from Excel, GIFT or Aiken into the bank format.

Kept apart from `cli.py` (which builds the parser and opens the window), as the administrative
commands are in `cli_admin.py`. Converting files needs no signing in and opens no database.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.cli import use_language
from literacy_app.services.config import AppConfig

_FORMATS = ("excel", "gift", "aiken")


def add_commands(commands: Any, language: str) -> None:
    """The trainers' subcommands, added to the main parser's."""
    convert = commands.add_parser(
        "import-questions",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "把 Excel、GIFT 或 Aiken 题库转换为本程序的题库文件"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "把 Excel 题库（.xlsx，见题库模板）、Moodle GIFT（.gift）或 Aiken 文本转换为题库文件（.yaml）。每个问题输出一行“文件:行号: 说明”；有问题时不写入任何文件，除非指定 --skip-invalid。",
        ),
    )
    convert.add_argument(
        "input", type=Path, metavar="INPUT",
        help=QT_TRANSLATE_NOOP("Cli", "要转换的题库文件（.xlsx、.gift 或 .txt）"),
    )  # fmt: skip
    convert.add_argument(
        "-o", "--output", type=Path, metavar="OUT.yaml",
        help=QT_TRANSLATE_NOOP("Cli", "输出的题库文件（默认：与输入同名、扩展名为 .yaml）"),
    )  # fmt: skip
    convert.add_argument(
        "--format", choices=_FORMATS,
        help=QT_TRANSLATE_NOOP(
            "Cli", "输入的格式（默认按扩展名判断：.xlsx 为 excel，.gift 为 gift；.txt 必须指明）"
        ),
    )  # fmt: skip
    convert.add_argument(
        "--skip-invalid", action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "跳过有问题的题目，写入其余各题"),
    )  # fmt: skip
    convert.add_argument(
        "--bank-id", metavar="ID",
        help=QT_TRANSLATE_NOOP("Cli", "题库编号（默认由输出文件名生成），如 leader-media-drill"),
    )  # fmt: skip
    convert.add_argument(
        "--id-prefix", metavar="PREFIX",
        help=QT_TRANSLATE_NOOP("Cli", "题目编号的前缀（默认为题库编号），题目依次编为 前缀-001、前缀-002……"),
    )  # fmt: skip
    convert.add_argument(
        "--title", metavar="TITLE",
        help=QT_TRANSLATE_NOOP("Cli", "题库名称（默认为输出文件名）"),
    )  # fmt: skip
    convert.add_argument(
        "--force", action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "输出文件已存在时覆盖它"),
    )  # fmt: skip


def _import_questions(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.catalogue import describe, describe_problem
    from literacy_app.services.question_import import convert_question_file

    use_language(language)
    outcome = convert_question_file(
        args.input,
        args.output,
        fmt=args.format,
        skip_invalid=args.skip_invalid,
        bank_id=args.bank_id,
        title=args.title,
        id_prefix=args.id_prefix,
        force=args.force,
    )
    for problem in (*outcome.problems, *outcome.notes):
        print(describe_problem(problem))
    for message in outcome.summary():
        print(describe(message), file=sys.stdout if outcome.written else sys.stderr)
    return 0 if outcome.written else 1


COMMANDS: dict[str, Callable[[AppConfig, argparse.Namespace, str], int]] = {
    "import-questions": _import_questions,
}
