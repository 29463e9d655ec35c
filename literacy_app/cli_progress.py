"""`export-progress` and `import-progress`: progress files carried between offline installations.

Export: an administrator's whole database (`--admin`), or, without it, the learner last active on
this machine's own records. Import: administrators only; files and folders, one line per file.
Exit 1 when any file was refused.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.cli import tr
from literacy_app.cli_admin import _with_core, add_admin_options, admin_actor
from literacy_app.services.config import AppConfig

if TYPE_CHECKING:
    from literacy_app.services.academy import Academy
    from literacy_app.services.progress_exchange import FileReport


def add_commands(commands: Any, language: str) -> None:
    export = commands.add_parser(
        "export-progress",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "导出学习记录文件，带到另一台电脑导入"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "把本机的学习记录写成一个签名的学习记录文件（.litprog）：默认只写上次导出以来有变化的记录，--all 写全部。指定 --admin 时导出全部学员，否则导出本机最近使用的学员自己的记录。",
        ),
    )
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "输出文件（.litprog）"),
    )  # fmt: skip
    export.add_argument(
        "--all", action="store_true", dest="everything",
        help=QT_TRANSLATE_NOOP("Cli", "导出全部记录，而不只是上次导出以来的变化"),
    )  # fmt: skip
    export.add_argument(
        "--admin", metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "以管理员身份导出全部学员；密码在终端提示输入，或用 --password-stdin"),
    )  # fmt: skip
    export.add_argument(
        "--password-stdin", action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "从标准输入读取密码（一行），不在终端提示"),
    )  # fmt: skip
    import_ = commands.add_parser(
        "import-progress",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "导入其他电脑导出的学习记录文件（需管理员）"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "核对签名后合并学习记录文件；给出文件夹时导入其中全部 .litprog 文件，每个文件输出一行结果。有文件被拒收时退出码为 1。",
        ),
    )
    import_.add_argument(
        "paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER",
        help=QT_TRANSLATE_NOOP("Cli", "学习记录文件或存放它们的文件夹"),
    )  # fmt: skip
    import_.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "以 JSON 输出")
    )
    add_admin_options(import_)


_EXPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "已导出到 {path}：学员 {learners} 人，课时记录 {lessons} 条，测验 {attempts} 次，错题卡 {review_cards} 张，推演 {drill_runs} 次，证书 {certificates} 份。",
)
_NO_LEARNER = QT_TRANSLATE_NOOP(
    "Cli", "本机还没有学员档案；请指定 --admin 以管理员身份导出，或先在程序中学习。"
)
_PROTECTED = QT_TRANSLATE_NOOP(
    "Cli",
    "本机最近使用的学员“{name}”设置了 PIN，命令行不会代其导出；请在程序“学习记录”页导出，或指定 --admin 以管理员身份导出。",
)
_IMPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}：已导入。学员新增 {learners_new}、已有 {learners_known}；测验新增 {attempts_new}、已有 {attempts_known}；课时新增 {lessons_new}、更新 {lessons_updated}、已有 {lessons_known}。",
)
_CLASH = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}：工号 {identifier} 在本机属于“{existing}”，文件中却是“{name}”；此人的记录已暂存，请在程序的“导入学习记录”页处理。",
)
_HELD = QT_TRANSLATE_NOOP("Cli", "{file}：已暂存。{reason}")
_REFUSED = QT_TRANSLATE_NOOP("Cli", "{file}：已拒收。{reason}")


def _export(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args) if args.admin else academy.learners.current()
        if actor is None:  # nobody has studied here, or the one who did protects their profile
            last = academy.learners.last()
            print(tr(_PROTECTED).format(name=last.name) if last else tr(_NO_LEARNER))
            return 1
        result = academy.progress.export(actor, args.output, everything=args.everything)
        print(tr(_EXPORTED).format(path=result.path, **result.counts))
        return 0

    return _with_core(config, language, work)


def _import(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.services.progress_exchange import ImportOutcome

    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args)
        reports = academy.progress.import_paths(actor, args.paths)
        if args.json:
            print(json.dumps([_as_json(r) for r in reports], ensure_ascii=False, indent=2))
        else:
            for report in reports:
                _print(report)
        return 1 if any(r.outcome is ImportOutcome.REFUSED for r in reports) else 0

    return _with_core(config, language, work)


def _print(report: FileReport) -> None:
    from literacy_app.catalogue import describe
    from literacy_app.services.progress_exchange import ImportOutcome

    name = report.path.name
    if report.outcome is ImportOutcome.IMPORTED:
        figures = {
            f"{records}_{kind}": getattr(report.counts[records], kind)
            for records in ("learners", "attempts", "lessons")
            for kind in ("new", "updated", "known")
        }
        print(tr(_IMPORTED).format(file=name, **figures))
        for clash in report.clashes:
            print(
                tr(_CLASH).format(
                    file=name, identifier=clash.identifier, existing=clash.existing_name,
                    name=clash.name,
                )
            )  # fmt: skip
    else:
        line = _HELD if report.outcome is ImportOutcome.HELD else _REFUSED
        reason = describe(report.message) if report.message else ""
        print(tr(line).format(file=name, reason=reason))


def _as_json(report: FileReport) -> dict[str, Any]:
    from literacy_app.catalogue import describe

    return {
        "file": str(report.path),
        "outcome": report.outcome.value,
        "reason": describe(report.message) if report.message else None,
        "counts": {name: vars(count) for name, count in report.counts.items()},
        "clashes": [
            {"name": c.name, "identifier": c.identifier, "existing_name": c.existing_name}
            for c in report.clashes
        ],
    }


COMMANDS: dict[str, Callable[[AppConfig, argparse.Namespace, str], int]] = {
    "export-progress": _export,
    "import-progress": _import,
}
