"""The trainers' package commands: keygen, pack, install-course and remove-course.

`keygen` and `pack` work on the trainer's own files and need no sign-in; installing and removing
change the installation's library and sign in a trainer or administrator with `--admin NAME`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.cli import tr, use_language
from literacy_app.cli_admin import _with_core, add_admin_options, admin_actor, report_error
from literacy_app.services.config import AppConfig

if TYPE_CHECKING:
    from literacy_app.services.academy import Academy


def add_commands(commands: Any, language: str) -> None:
    keygen = commands.add_parser(
        "keygen",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "生成培训师的课程包签名密钥"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "生成 Ed25519 签名密钥（PEM 文件，仅本人可读），并显示公钥及其指纹。密钥文件请妥善保管；公钥交给管理员加入信任列表。",
        ),
    )
    keygen.add_argument(
        "-o", "--output", required=True, type=Path, metavar="KEYFILE",
        help=QT_TRANSLATE_NOOP("Cli", "密钥文件（不会覆盖已有文件）"),
    )  # fmt: skip
    pack = commands.add_parser(
        "pack",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "把课程打成课程包"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "检查课程后把课程文件夹、它使用的题库（以及指定的情景推演）打成一个课程包（zip），附带每个文件的 SHA-256 清单；课程有问题时拒绝打包。",
        ),
    )
    pack.add_argument(
        "course", type=Path, metavar="COURSE_DIR", help=QT_TRANSLATE_NOOP("Cli", "课程文件夹")
    )
    pack.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "课程包文件，如 course.zip"),
    )  # fmt: skip
    pack.add_argument(
        "--sign", type=Path, metavar="KEYFILE",
        help=QT_TRANSLATE_NOOP("Cli", "用 keygen 生成的密钥为课程包签名"),
    )  # fmt: skip
    pack.add_argument(
        "--content", type=Path, action="append", default=[], metavar="DIR",
        help=QT_TRANSLATE_NOOP("Cli", "另外查找题库和情景推演的文件夹，可重复"),
    )  # fmt: skip
    pack.add_argument(
        "--scenario", action="append", default=[], metavar="ID",
        help=QT_TRANSLATE_NOOP("Cli", "一并打包的情景推演编号，可重复"),
    )  # fmt: skip
    install = commands.add_parser(
        "install-course",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "安装或更新课程包（需培训师或管理员）"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "检查并安装课程包；已安装的课程会被更新，学员在保留下来的课时和题目上的进度不变。不安全或无效的课程包会被拒绝，课程库不做任何改动。",
        ),
    )
    install.add_argument(
        "file", type=Path, metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "课程包文件")
    )
    install.add_argument(
        "--allow-downgrade", action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "允许用较旧的版本替换已安装的版本"),
    )  # fmt: skip
    add_admin_options(install)
    remove = commands.add_parser(
        "remove-course",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "删除已安装的课程（需培训师或管理员）"),
        description=QT_TRANSLATE_NOOP(
            "Cli", "删除已安装课程的文件；学员的学习记录保留。程序自带的课程不能删除。"
        ),
    )
    remove.add_argument("course_id", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "课程编号"))
    add_admin_options(remove)


_PUBLIC_KEY = QT_TRANSLATE_NOOP("Cli", "公钥：{value}")
_FINGERPRINT = QT_TRANSLATE_NOOP("Cli", "公钥指纹：{value}")
_KEY_WRITTEN = QT_TRANSLATE_NOOP("Cli", "已生成签名密钥：{path}（请妥善保管，不要交给他人）")
_PACKED = QT_TRANSLATE_NOOP(
    "Cli", "已打包课程“{title}”（{id}，版本 {version}，{files} 个文件）：{path}"
)
_SIGNED = QT_TRANSLATE_NOOP("Cli", "签名密钥指纹：{value}")
_INSTALLED = QT_TRANSLATE_NOOP("Cli", "已安装课程“{title}”（{id}，版本 {version}）。")
_UPDATED = QT_TRANSLATE_NOOP("Cli", "已更新课程“{title}”（{id}）：版本 {previous} → {version}。")
_REMOVED = QT_TRANSLATE_NOOP("Cli", "已删除课程“{id}”；学员的学习记录保留。")


def _keygen(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.services.course_packages import make_signing_key
    from literacy_app.services.errors import ServiceError

    use_language(language)
    try:
        key = make_signing_key(args.output)
    except ServiceError as error:
        return report_error(error)
    print(tr(_KEY_WRITTEN).format(path=args.output))
    print(tr(_FINGERPRINT).format(value=key.fingerprint))
    print(tr(_PUBLIC_KEY).format(value=key.public_key))
    return 0


def _pack(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.services.course_packages import load_signer, pack_course
    from literacy_app.services.errors import ServiceError

    use_language(language)
    try:
        manifest = pack_course(
            args.course,
            args.output,
            content=tuple(args.content),
            scenarios=tuple(args.scenario),
            key_file=args.sign,
        )
    except ServiceError as error:
        _print_problems(error)
        return report_error(error)
    print(
        tr(_PACKED).format(
            title=manifest.course_title, id=manifest.course_id,
            version=manifest.course_version, files=len(manifest.files), path=args.output,
        )
    )  # fmt: skip
    if args.sign is not None:
        print(tr(_SIGNED).format(value=load_signer(args.sign)[1].fingerprint))
    return 0


def _print_problems(error: Exception) -> None:
    from literacy_app.catalogue import describe_problem

    for problem in getattr(error, "problems", ()):
        print(describe_problem(problem), file=sys.stderr)


def _install_course(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.services.acting import Role
    from literacy_app.services.course_packages import PackageError

    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args, (Role.TRAINER, Role.ADMINISTRATOR))
        try:
            outcome = academy.packages.install(
                actor, args.file, allow_downgrade=args.allow_downgrade
            )
        except PackageError as error:
            _print_problems(error)
            raise
        shown = {"title": outcome.title, "id": outcome.course_id, "version": outcome.version}
        if outcome.previous is None:
            print(tr(_INSTALLED).format(**shown))
        else:
            print(tr(_UPDATED).format(previous=outcome.previous, **shown))
        if outcome.signer:
            print(tr(_SIGNED).format(value=outcome.signer))
        return 0

    return _with_core(config, language, work)


def _remove_course(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.services.acting import Role

    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args, (Role.TRAINER, Role.ADMINISTRATOR))
        academy.packages.remove(actor, args.course_id)
        print(tr(_REMOVED).format(id=args.course_id))
        return 0

    return _with_core(config, language, work)


COMMANDS: dict[str, Callable[[AppConfig, argparse.Namespace, str], int]] = {
    "keygen": _keygen,
    "pack": _pack,
    "install-course": _install_course,
    "remove-course": _remove_course,
}
