"""The administrative commands (create-admin, import-roster, report) and the installation's key
and certificates (installation-key, trust-installation, verify-certificate).

Kept apart from `cli.py`, which builds the parser, chooses the language and opens the window; this
module adds its subcommands to that parser and runs them. Administrative commands sign in with
`--admin NAME` and a password from the terminal or `--password-stdin`; a wrong one exits 1 having
written nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.cli import tr, use_language
from literacy_app.services.config import AppConfig

if TYPE_CHECKING:
    from literacy_app.services.academy import Academy
    from literacy_app.services.acting import Actor, Role
    from literacy_app.services.errors import ServiceError


def add_commands(commands: Any, language: str) -> None:
    """The administrative and certificate subcommands, added to the main parser's."""
    create_admin = commands.add_parser(
        "create-admin",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "为新安装的程序创建管理员账户"),
        description=QT_TRANSLATE_NOOP(
            "Cli", "为新安装的程序创建第一个管理员账户；本机已有管理员时拒绝。"
        ),
    )
    create_admin.add_argument(
        "name", metavar="NAME", help=QT_TRANSLATE_NOOP("Cli", "管理员的登录名")
    )
    _add_password_stdin(create_admin)
    import_roster = commands.add_parser(
        "import-roster",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "从 .xlsx 或 .csv 花名册导入学员"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "从 .xlsx 或 .csv 花名册导入学员，按工号/身份标识更新已有学员。每个问题输出一行“文件:行号: 说明”；有问题时不导入任何人，除非指定 --skip-invalid。",
        ),
    )
    import_roster.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "花名册文件（.xlsx 或 .csv）"),
    )
    import_roster.add_argument(
        "--skip-invalid", action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "跳过有问题的行，导入其余各行"),
    )  # fmt: skip
    add_admin_options(import_roster)
    _add_installation_commands(commands, language)
    _add_report_command(commands, language)


def _add_report_command(commands: Any, language: str) -> None:
    report = commands.add_parser(
        "report",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "导出培训完成情况报表"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "导出培训完成情况报表（Excel、CSV、PDF）或 xAPI 学习记录；需要管理员登录。",
        ),
    )
    report.add_argument(
        "--format", required=True, choices=("xlsx", "csv", "pdf", "xapi"),
        help=QT_TRANSLATE_NOOP("Cli", "文件格式"),
    )  # fmt: skip
    report.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "输出文件；给出文件夹时使用默认文件名（内容与时间）"),
    )  # fmt: skip
    report.add_argument(
        "--from", dest="start", type=_day, metavar="DATE",
        help=QT_TRANSLATE_NOOP("Cli", "起始日期（含），如 2026-01-01"),
    )  # fmt: skip
    report.add_argument(
        "--to", dest="end", type=_day, metavar="DATE",
        help=QT_TRANSLATE_NOOP("Cli", "截止日期（含），如 2026-12-31"),
    )  # fmt: skip
    report.add_argument(
        "--department", metavar="PATH",
        help=QT_TRANSLATE_NOOP("Cli", "单位/部门路径，含其下级单位，如 某省/某市"),
    )  # fmt: skip
    report.add_argument(
        "--tier", choices=("leader", "operator", "public"),
        help=QT_TRANSLATE_NOOP("Cli", "学员类别"),
    )  # fmt: skip
    report.add_argument(
        "--course", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "只导出这门课程（课程编号）")
    )
    add_admin_options(report)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(_NOT_A_DATE).format(text=text)) from None


def _add_password_stdin(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--password-stdin", action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "从标准输入读取密码（一行），不在终端提示"),
    )  # fmt: skip


def add_admin_options(command: argparse.ArgumentParser) -> None:
    """`--admin NAME` and `--password-stdin`: every administrative command signs in first."""
    command.add_argument(
        "--admin", metavar="NAME", required=True,
        help=QT_TRANSLATE_NOOP("Cli", "管理员登录名；密码在终端提示输入，或用 --password-stdin"),
    )  # fmt: skip
    _add_password_stdin(command)


def read_password(args: argparse.Namespace, *, confirm: bool = False) -> str | None:
    """The password from one line of standard input (`--password-stdin`) or typed at a prompt;
    None when it cannot be had (no terminal to prompt at, or two entries that differ)."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print(tr(_NO_TERMINAL), file=sys.stderr)
        return None
    import getpass

    password = getpass.getpass(tr(_PASSWORD_PROMPT))
    if confirm and getpass.getpass(tr(_PASSWORD_AGAIN)) != password:
        print(tr(_PASSWORDS_DIFFER), file=sys.stderr)
        return None
    return password


_NO_TERMINAL = QT_TRANSLATE_NOOP(
    "Cli", "没有可输入密码的终端；请用 --password-stdin 从标准输入提供密码。"
)
_PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "密码：")
_PASSWORD_AGAIN = QT_TRANSLATE_NOOP("Cli", "再次输入密码：")
_PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Cli", "两次输入的密码不一致，没有做任何改动。")
_ADMIN_CREATED = QT_TRANSLATE_NOOP("Cli", "已创建管理员账户“{name}”。")
_NOT_A_DATE = QT_TRANSLATE_NOOP("Cli", "“{text}”不是日期，请写成 2026-01-31 的形式")
_REPORT_WRITTEN = QT_TRANSLATE_NOOP("Cli", "已导出 {rows} 条记录：{path}")


def open_academy(config: AppConfig) -> Academy:
    from literacy_app.services.academy import Academy

    return Academy(config)


def admin_actor(
    academy: Academy, args: argparse.Namespace, roles: tuple[Role, ...] | None = None
) -> Actor:
    """Sign in the staff member named by `--admin`; raises the service's refusal (a wrong
    password, a locked account, a role not in `roles`, which defaults to administrator)."""
    from literacy_app.services.acting import Role, require
    from literacy_app.services.errors import Refused, ServiceCode

    password = read_password(args)
    if password is None:
        raise Refused(ServiceCode.WRONG_PASSWORD)
    actor = academy.accounts.sign_in(args.admin, password)
    require(actor, *(roles or (Role.ADMINISTRATOR,)))
    return actor


def report_error(error: ServiceError) -> int:
    from literacy_app.catalogue import describe

    print(describe(error.message), file=sys.stderr)
    return 1


def _with_core(config: AppConfig, language: str, work: Callable[[Academy], int]) -> int:
    """Open the core, run a command's `work` in it and close it; a refusal (a wrong password, an
    unusable database, what the service refused) is printed and the exit code is 1."""
    from literacy_app.services.errors import ServiceError

    use_language(language)
    try:
        academy = open_academy(config)
    except ServiceError as error:
        return report_error(error)
    try:
        return work(academy)
    except ServiceError as error:
        return report_error(error)
    finally:
        academy.close()


def _create_admin(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    use_language(language)
    password = read_password(args, confirm=True)
    if password is None:
        return 1

    def work(academy: Academy) -> int:
        academy.accounts.create_first_administrator(args.name, password)
        print(tr(_ADMIN_CREATED).format(name=args.name.strip()))
        return 0

    return _with_core(config, language, work)


def _report(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.content.model import Tier
    from literacy_app.services.report_rows import ReportFilter
    from literacy_app.services.reports import ReportFormat

    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args)
        chosen = ReportFilter(
            start=args.start,
            end=args.end,
            department=args.department,
            tier=Tier(args.tier) if args.tier else None,
            course_id=args.course,
        )
        result = academy.reports.export(actor, chosen, ReportFormat(args.format), args.output)
        print(tr(_REPORT_WRITTEN).format(rows=result.rows, path=result.path))
        return 0

    return _with_core(config, language, work)


_ROSTER_IMPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "已导入花名册“{file}”：新增 {added} 人，更新 {updated} 人，未变 {unchanged} 人，跳过 {skipped} 行。",
)


def _import_roster(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    from literacy_app.catalogue import describe_problem
    from literacy_app.services.roster import RosterRejected

    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args)
        try:
            outcome = academy.roster.apply(actor, args.file, skip_invalid=args.skip_invalid)
        except RosterRejected as error:
            for problem in error.problems:
                print(describe_problem(problem))
            raise
        for problem in outcome.problems:
            print(describe_problem(problem))
        print(
            tr(_ROSTER_IMPORTED).format(
                file=args.file.name, added=outcome.added, updated=outcome.updated,
                unchanged=outcome.unchanged, skipped=outcome.skipped,
            )
        )  # fmt: skip
        return 0

    return _with_core(config, language, work)


# -- the installation's key, trusted installations, certificates ---------------------------------


def _add_installation_commands(commands: Any, language: str) -> None:
    key = commands.add_parser(
        "installation-key",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "显示本机的安装编号、公钥指纹和公钥"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "显示本机的安装编号、公钥指纹和公钥（首次使用时生成）。公钥可以公开：其他安装的管理员把它加入信任列表后，就能查验本机签发的证书；请通过电话核对指纹。",
        ),
    )
    key.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "以 JSON 输出"))
    trust = commands.add_parser(
        "trust-installation",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "把另一个安装的公钥加入信任列表（需管理员）"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "把另一个安装的公钥加入信任列表，此后它签发的证书在本机查验为真实。添加前请通过电话与对方核对指纹。",
        ),
    )
    trust.add_argument(
        "public_key", metavar="PUBLIC_KEY",
        help=QT_TRANSLATE_NOOP("Cli", "对方运行 installation-key 显示的公钥"),
    )  # fmt: skip
    trust.add_argument(
        "--name", metavar="LABEL", required=True,
        help=QT_TRANSLATE_NOOP("Cli", "这个安装的名称，例如签发单位"),
    )  # fmt: skip
    add_admin_options(trust)
    verify = commands.add_parser(
        "verify-certificate",
        language=language,
        help=QT_TRANSLATE_NOOP("Cli", "查验结业证书的真伪"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "查验结业证书 PDF 文件或证书上的验证码，输出结论和证书内容。退出码：0 表示真实，1 表示不能确认为真实。",
        ),
    )
    verify.add_argument(
        "target", metavar="FILE_OR_CODE",
        help=QT_TRANSLATE_NOOP("Cli", "证书 PDF 文件，或形如 ABCD-EFGH-JKMN-PQRS 的验证码"),
    )  # fmt: skip
    verify.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "以 JSON 输出")
    )


_INSTALLATION_ID = QT_TRANSLATE_NOOP("Cli", "安装编号：{value}")
_FINGERPRINT = QT_TRANSLATE_NOOP("Cli", "公钥指纹：{value}")
_PUBLIC_KEY = QT_TRANSLATE_NOOP("Cli", "公钥：{value}")
_TRUSTED = QT_TRANSLATE_NOOP("Cli", "已信任安装“{name}”（公钥指纹 {fingerprint}）。")
_FIELD_LINES = (
    ("learner_name", QT_TRANSLATE_NOOP("Cli", "姓名：{value}")),
    ("department", QT_TRANSLATE_NOOP("Cli", "单位：{value}")),
    ("identifier", QT_TRANSLATE_NOOP("Cli", "工号：{value}")),
    ("course", QT_TRANSLATE_NOOP("Cli", "课程：{value}")),
    ("hours", QT_TRANSLATE_NOOP("Cli", "学时：{value}")),
    ("score", QT_TRANSLATE_NOOP("Cli", "成绩：{value}")),
    ("completed_on", QT_TRANSLATE_NOOP("Cli", "完成日期：{value}")),
    ("issued_at", QT_TRANSLATE_NOOP("Cli", "签发时间：{value}")),
    ("code", QT_TRANSLATE_NOOP("Cli", "验证码：{value}")),
    ("fingerprint", QT_TRANSLATE_NOOP("Cli", "签发安装的公钥指纹：{value}")),
    ("installation_id", QT_TRANSLATE_NOOP("Cli", "签发安装编号：{value}")),
    ("certificate_id", QT_TRANSLATE_NOOP("Cli", "证书编号：{value}")),
)


def _installation_key(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    def work(academy: Academy) -> int:
        installation = academy.installation
        shown = {
            "installation_id": installation.installation_id(),
            "fingerprint": installation.fingerprint(),
            "public_key": installation.public_key_b64(),
        }
        if args.json:
            print(json.dumps(shown, indent=2))
            return 0
        print(tr(_INSTALLATION_ID).format(value=shown["installation_id"]))
        print(tr(_FINGERPRINT).format(value=shown["fingerprint"]))
        print(tr(_PUBLIC_KEY).format(value=shown["public_key"]))
        return 0

    return _with_core(config, language, work)


def _trust_installation(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    def work(academy: Academy) -> int:
        actor = admin_actor(academy, args)
        trusted = academy.installation.trust(actor, args.public_key, args.name)
        print(tr(_TRUSTED).format(name=trusted.name, fingerprint=trusted.fingerprint))
        return 0

    return _with_core(config, language, work)


def _verify_certificate(config: AppConfig, args: argparse.Namespace, language: str) -> int:
    return _with_core(config, language, lambda academy: _show_check(academy, args))


def _show_check(academy: Academy, args: argparse.Namespace) -> int:
    from literacy_app.catalogue import describe

    check = academy.certificates.verify(args.target)
    if args.json:
        print(json.dumps({
            "verdict": check.verdict.value,
            "message": describe(check.message),
            "code": check.code,
            "fingerprint": check.fingerprint,
            "fields": check.fields.as_json() if check.fields else None,
        }, ensure_ascii=False, indent=2))  # fmt: skip
    else:
        print(describe(check.message))
        if check.fields is not None:
            fields = check.fields
            values = {
                "learner_name": fields.learner_name,
                "department": fields.department,
                "identifier": fields.identifier,
                "course": f"{fields.course_title} ({fields.course_id})",
                "hours": f"{fields.hours:g}",
                "score": "—" if fields.score is None else f"{fields.score:g}",
                "completed_on": fields.completed_on.isoformat(),
                "issued_at": fields.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                "code": check.code,
                "fingerprint": check.fingerprint,
                "installation_id": fields.installation_id,
                "certificate_id": fields.certificate_id,
            }
            for key, line in _FIELD_LINES:
                if values[key]:
                    print(tr(line).format(value=values[key]))
    return 0 if check.genuine else 1


COMMANDS: dict[str, Callable[[AppConfig, argparse.Namespace, str], int]] = {
    "create-admin": _create_admin,
    "import-roster": _import_roster,
    "report": _report,
    "installation-key": _installation_key,
    "trust-installation": _trust_installation,
    "verify-certificate": _verify_certificate,
}
