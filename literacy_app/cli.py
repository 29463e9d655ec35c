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

from literacy_app import __version__
from literacy_app.services.config import AppConfig


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="literacy-app",
        description="政务新媒体与媒介素养离线培训。不带子命令时打开程序窗口。",
    )
    parser.add_argument("--version", action="version", version=f"literacy-app {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="存放数据库和日志的文件夹（环境变量 LITERACY_APP_DATA_DIR）",
    )
    parser.add_argument(
        "--db-url", metavar="URL", help="SQLAlchemy 数据库地址（环境变量 LITERACY_APP_DB_URL）"
    )
    parser.add_argument(
        "--content-dir", metavar="DIR", action="append",
        help="课程内容所在文件夹，可重复（默认：随程序提供的 courses/、quizzes/ 和 scenarios/）",
    )  # fmt: skip
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认 zh_CN）")
    parser.add_argument(
        "--self-test", action="store_true",
        help="在后台（offscreen）打开主窗口并载入课程后退出：0 表示正常，1 表示有问题",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="检查课程文件夹和题库",
        description="检查课程文件夹和题库，每个问题输出一行“路径:行号: 说明”。",
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="课程文件夹、题库文件或包含它们的文件夹（默认：随程序提供的内容）")  # fmt: skip
    validate.add_argument("--json", action="store_true", help="以 JSON 输出问题列表")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    config = AppConfig.resolve(args.data_dir, args.db_url, args.content_dir)
    if args.command == "validate":
        language = args.lang or os.environ.get("LITERACY_APP_LANG") or "zh_CN"
        return _validate(args.paths or list(config.content_paths), language, as_json=args.json)
    from literacy_app.ui.app import (
        run_gui,
        run_self_test,
    )  # Qt is loaded only when a window is wanted

    if args.self_test:
        return run_self_test(config, args.lang)
    return run_gui(config, args.lang)


def _validate(paths: list[Path], language: str, *, as_json: bool) -> int:
    # QtCore only, for the translated sentences; the command line opens no window.
    from literacy_app.catalogue import describe, describe_problem, install_language
    from literacy_app.content.codes import ContentCode
    from literacy_app.messages import Message
    from literacy_app.services.authoring import check_content

    install_language(language)
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
            print(describe_problem(problem))
        summary = Message.of(
            ContentCode.LIBRARY_CHECKED,
            courses=report.courses,
            banks=report.banks,
            scenarios=report.scenarios,
            problems=len(report.problems),
        )
        print(describe(summary), file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
