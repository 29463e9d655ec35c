"""The `literacy-app` command: with no subcommand it opens the window; subcommands serve scripts.

Exit codes: 0 success, 1 a problem in the user's input (one message per problem), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QCoreApplication, QTranslator

from literacy_app import __version__
from literacy_app.catalogue import SOURCE_LANGUAGE, install_language
from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.services.config import AppConfig

if TYPE_CHECKING:
    pass

CONTEXT = "Cli"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = SOURCE_LANGUAGE
ENV_LANGUAGE = "LITERACY_APP_LANG"
# The translator this module installed, so that a second run in the same process (the tests)
# in another language does not keep the first one's words.
_installed: list[QTranslator] = []
# argparse's own headings, -h help and error line are English; these are their Chinese sources.
_USAGE = QT_TRANSLATE_NOOP("Cli", "用法：")
_POSITIONALS = QT_TRANSLATE_NOOP("Cli", "位置参数")
_OPTIONS = QT_TRANSLATE_NOOP("Cli", "选项")
_HELP = QT_TRANSLATE_NOOP("Cli", "显示本帮助后退出")
_ERROR = QT_TRANSLATE_NOOP("Cli", "{prog}：错误：{message}")


def choose_language(argv: Sequence[str] | None) -> str:
    """`--lang` from the command line, else `LITERACY_APP_LANG`, else Chinese.

    Read before the real parse, because the parser's own help and errors must already speak it.
    """
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    try:
        known, _ = early.parse_known_args(argv)
    except argparse.ArgumentError:  # `--lang` with no value: the real parse reports it
        known = argparse.Namespace(lang=None)
    for candidate in (known.lang, os.environ.get(ENV_LANGUAGE)):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def use_language(language: str) -> None:
    """Install the translation for the command line's words and the catalogue's messages.

    Installing needs a QCoreApplication, and a window cannot open once one exists (it needs a
    QApplication), so this is called only when text is about to be shown: help, a usage error,
    or a subcommand's output. A run that opens the window never calls it.
    """
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    translator = install_language(language)
    if translator is not None:
        _installed.append(translator)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TranslatingFormatter(argparse.HelpFormatter):
    """Looks the parser's Chinese texts up at the moment help or usage is formatted."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, tr(_USAGE) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(tr(heading) if heading else heading)

    def _format_text(self, text: str) -> str:
        return super()._format_text(tr(text))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return tr(action.help) if action.help else action.help


class Parser(argparse.ArgumentParser):
    """An argument parser whose words are translated, installing the language only when shown.

    Its texts are stored as the Chinese sources (marked for `pyside6-lupdate`) and translated by
    `TranslatingFormatter`, so building and parsing never need a Qt application.
    """

    def __init__(self, *, language: str = DEFAULT_LANGUAGE, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatingFormatter)
        super().__init__(**{**kwargs, "add_help": False})
        self.language = language
        self._positionals.title = _POSITIONALS
        self._optionals.title = _OPTIONS
        self.add_argument("-h", "--help", action="help", help=_HELP)

    def format_usage(self) -> str:
        use_language(self.language)
        return super().format_usage()

    def format_help(self) -> str:
        use_language(self.language)
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)  # installs the language, through format_usage
        # argparse writes `message` itself, in English; the sentence around it is ours.
        self.exit(2, tr(_ERROR).format(prog=self.prog, message=message) + "\n")


def build_parser(language: str = DEFAULT_LANGUAGE) -> Parser:
    """The parser; its texts are Chinese sources, shown in `language` when help or an error is."""
    parser = Parser(
        prog="literacy-app",
        language=language,
        description=QT_TRANSLATE_NOOP(
            "Cli", "政务新媒体与媒介素养离线培训。不带子命令时打开程序窗口。"
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"literacy-app {__version__}",
        help=QT_TRANSLATE_NOOP("Cli", "显示版本号后退出"),
    )  # fmt: skip
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=QT_TRANSLATE_NOOP("Cli", "存放数据库和日志的文件夹（环境变量 LITERACY_APP_DATA_DIR）"),
    )  # fmt: skip
    parser.add_argument(
        "--db-url", metavar="URL",
        help=QT_TRANSLATE_NOOP("Cli", "SQLAlchemy 数据库地址（环境变量 LITERACY_APP_DB_URL）"),
    )  # fmt: skip
    parser.add_argument(
        "--content-dir", metavar="DIR", action="append",
        help=QT_TRANSLATE_NOOP(
            "Cli", "课程内容所在文件夹，可重复（默认：随程序提供的 courses/、quizzes/ 和 scenarios/）"
        ),
    )  # fmt: skip
    parser.add_argument(
        "--lang", choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP("Cli", "界面语言（环境变量 LITERACY_APP_LANG，默认 zh_CN）"),
    )  # fmt: skip
    parser.add_argument(
        "--self-test", action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "在后台（offscreen）打开主窗口并载入课程后退出：0 表示正常，1 表示有问题"
        ),
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "检查课程文件夹和题库"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "检查课程文件夹、题库和推演，每个问题输出一行“路径:行号: 错误: 说明”或“路径:行号: 警告: 说明”。"
            "有错误时退出码为 1（有错误的课程在程序里不可用）；只有警告时退出码为 0，课程照常可用。",
        ),
    )
    validate.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "Cli", "课程文件夹、题库文件或包含它们的文件夹（默认：随程序提供的内容）"
        ),
    )  # fmt: skip
    validate.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "以 JSON 输出问题列表（每项含 path、line、severity、code、args、message）"
        ),
    )
    # Imported here: the command modules build on this module's helpers.
    from literacy_app import cli_admin, cli_authoring, cli_progress, cli_questions, cli_trainer

    for module in (cli_admin, cli_progress, cli_trainer, cli_questions, cli_authoring):
        module.add_commands(commands, language)
        for name, run in module.COMMANDS.items():
            commands.choices[name].set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    language = choose_language(sys.argv[1:] if argv is None else argv)
    args = build_parser(language).parse_args(argv)
    config = AppConfig.resolve(args.data_dir, args.db_url, args.content_dir)
    if args.command is not None:
        from literacy_app.services.app_log import log_to_data_dir

        log_to_data_dir(config, console_fallback=False)  # commands print messages, not log records
    if args.command == "validate":
        return _validate(args.paths or list(config.content_paths), language, as_json=args.json)
    if args.command is not None:
        return args.run(config, args, language)
    from literacy_app.ui.app import (
        run_gui,
        run_self_test,
    )  # Qt widgets are loaded only when a window is wanted

    # No translator has been installed on this path, so the window can make its QApplication.
    if args.self_test:
        return run_self_test(config, args.lang)
    return run_gui(config, args.lang)


def _validate(paths: list[Path], language: str, *, as_json: bool) -> int:
    # QtCore only, for the translated sentences; the command line opens no window.
    from literacy_app.catalogue import describe, describe_checked
    from literacy_app.content.codes import ContentCode
    from literacy_app.messages import Message
    from literacy_app.services.authoring import check_content

    use_language(language)
    report = check_content(paths)
    if as_json:
        listing = {
            "courses": report.courses,
            "banks": report.banks,
            "scenarios": report.scenarios,
            "problems": [
                {
                    "path": str(p.path),
                    "line": p.line,
                    "severity": str(p.severity),
                    "code": str(p.message.code),
                    "args": p.message.args,
                    "message": describe(p.message),
                }
                for p in report.problems
            ],
        }
        print(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(describe_checked(problem))
        summary = Message.of(
            ContentCode.LIBRARY_CHECKED,
            courses=report.courses,
            banks=report.banks,
            scenarios=report.scenarios,
            errors=len(report.errors),
            warnings=len(report.warnings),
        )
        print(describe(summary), file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
