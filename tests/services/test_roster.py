"""The roster: reading .xlsx/.csv files defensively, file:row problems, all-or-nothing imports,
re-imports that update by identifier, and the administrator's add/edit of one learner."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from literacy_app.catalogue import describe, describe_problem
from literacy_app.content.model import Tier
from literacy_app.services import roster_files
from literacy_app.services.errors import UserInputError
from literacy_app.services.roster import RosterRejected
from literacy_app.store.models import AuditEntry, Learner

HEADER = ("姓名", "工号", "单位/部门", "类别", "手机号")
GOOD = [
    ("张明", "A0001", "某省 / 某市/ 县融媒体中心", "政务运营团队", "138 0013 8000"),
    ("李华", "A0002", "某省/某市/市委宣传部", "领导干部", ""),
    ("王芳", "A0003", "某省/某市", "public", "+86 139-0000-0000"),
]


def write_xlsx(path: Path, rows, *, header=HEADER, above=()) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in above:
        sheet.append(row)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows, *, encoding="utf-8", header=HEADER) -> Path:
    lines = [",".join(header), *(",".join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def admin(academy):
    return academy.accounts.create_first_administrator("管理员", "password-123")


def stored(academy) -> dict[str, Learner]:
    with academy.roster._sessions() as session:
        learners = session.query(Learner).all()
        for learner in learners:
            session.expunge(learner)
    return {learner.identifier or learner.name: learner for learner in learners}


def lines(plan_or_error) -> list[str]:
    return [describe_problem(problem) for problem in plan_or_error.problems]


def test_a_good_workbook_is_previewed_then_imported(academy, admin, tmp_path) -> None:
    _, studying = academy.learners.create("在学的人", "", "public")
    path = write_xlsx(tmp_path / "花名册.xlsx", GOOD)
    plan = academy.roster.preview(admin, path)
    assert not plan.problems and plan.can_import
    assert [row.fields.identifier for row in plan.added] == ["A0001", "A0002", "A0003"]
    assert set(stored(academy)) == {"在学的人"}  # a preview writes nothing
    outcome = academy.roster.apply(admin, path)
    assert (outcome.added, outcome.updated, outcome.unchanged, outcome.skipped) == (3, 0, 0, 0)
    people = stored(academy)
    assert len(people) == 4
    assert people["A0001"].department == "某省/某市/县融媒体中心"
    assert people["A0001"].tier == Tier.OPERATOR and people["A0001"].phone == "13800138000"
    assert people["A0002"].phone is None and people["A0003"].phone == "13900000000"
    assert people["A0003"].tier == Tier.PUBLIC
    with academy.roster._sessions() as session:
        entry = session.query(AuditEntry).filter_by(action="roster_imported").one()
        assert entry.subject == "花名册.xlsx" and entry.details["added"] == 3
    # Imported people do not become "who studied last": the window would sign in as one of them.
    assert academy.learners.current() == studying


def test_headers_in_any_order_with_spaces_and_a_title_row_above(academy, admin, tmp_path) -> None:
    header = (" 类别 ", "身份标识", "序号", "姓名*", "部门")
    rows = [("公众", 7, 1, "赵六", "某市/某区")]
    path = write_xlsx(tmp_path / "r.xlsx", rows, header=header, above=[("某单位学员名单",)])
    plan = academy.roster.preview(admin, path)
    assert not plan.problems
    (row,) = plan.added
    # A 工号 typed into a number cell comes back as 7, not 7.0; the row number is Excel's.
    assert row.fields.identifier == "7" and row.line == 3 and not plan.has_phone_column


def test_every_kind_of_bad_row_is_one_line_naming_file_and_row(academy, admin, tmp_path) -> None:
    rows = [
        ("", "B1", "某省/某市", "公众", ""),  # row 2: no name
        ("甲", "", "某省/某市", "公众", ""),  # row 3: no identifier
        ("乙", "B3", "某省//某县", "公众", ""),  # row 4: an empty level
        ("丙", "B4", "", "公众", ""),  # row 5: no department
        ("丁", "B5", "某省", "干部", ""),  # row 6: unknown tier
        ("戊", "B6", "某省", "公众", "12345"),  # row 7: not a mobile number
        ("己", "B7", "某省", "公众", ""),  # row 8: fine
        ("庚", "B7", "某省", "公众", ""),  # row 9: identifier twice
        ("", "", "", "", ""),  # row 10: empty, ignored
        ("辛", "B9", "某省", "公众", 13800138000.5),  # row 11: a number that is not a phone
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    plan = academy.roster.preview(admin, path)
    assert lines(plan) == [
        f"{path}:2: 姓名为空",
        f"{path}:3: 工号/身份标识为空",
        f"{path}:4: 单位/部门“某省//某县”中有空的一级；请用“/”分隔各级，如“某省/某市/县融媒体中心”",
        f"{path}:5: 单位/部门为空",
        f"{path}:6: 类别“干部”无法识别；应为“领导干部”“政务运营团队”或“公众”",
        f"{path}:7: 手机号“12345”不是有效的 11 位手机号码；没有可留空",
        f"{path}:8: 工号/身份标识“B7”与第 9 行重复",
        f"{path}:9: 工号/身份标识“B7”与第 8 行重复",
        f"{path}:11: 有单元格是日期、小数或逻辑值；请把该列设为文本格式后重新填写",
    ]
    assert plan.bad_rows == 9 and not plan.added
    with pytest.raises(RosterRejected) as caught:
        academy.roster.apply(admin, path)
    assert describe(caught.value.message) == "花名册有 9 个问题，没有导入任何学员。"
    assert not stored(academy)


def test_skipping_bad_rows_imports_the_rest(academy, admin, tmp_path) -> None:
    rows = [*GOOD, ("赵", "A0004", "某省", "不知道", "")]
    path = write_csv(tmp_path / "r.csv", rows)
    outcome = academy.roster.apply(admin, path, skip_invalid=True)
    assert (outcome.added, outcome.skipped) == (3, 1)
    assert [describe_problem(p) for p in outcome.problems] == [
        f"{path}:5: 类别“不知道”无法识别；应为“领导干部”“政务运营团队”或“公众”"
    ]
    assert set(stored(academy)) == {"A0001", "A0002", "A0003"}


def test_reimporting_updates_by_identifier_and_never_duplicates(academy, admin, tmp_path) -> None:
    academy.roster.apply(admin, write_xlsx(tmp_path / "v1.xlsx", GOOD))
    first_ids = {k: v.id for k, v in stored(academy).items()}
    changed = [
        ("张明", "A0001", "某省/某市/县融媒体中心", "领导干部", "13800138000"),  # tier changed
        ("李华（新名）", "A0002", "某省/某市/市委宣传部", "领导干部", ""),  # name changed
        ("王芳", "A0003", "某省/某市", "公众", "13900000000"),  # unchanged
        ("周新", "A0009", "某省", "公众", ""),  # new
    ]
    path = write_xlsx(tmp_path / "v2.xlsx", changed)
    plan = academy.roster.preview(admin, path)
    assert [(r.fields.identifier, r.changes) for r in plan.updated] == [
        ("A0001", ("tier",)),
        ("A0002", ("name",)),
    ]
    assert [r.fields.identifier for r in plan.unchanged] == ["A0003"]
    outcome = academy.roster.apply(admin, path)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (1, 2, 1)
    people = stored(academy)
    assert len(people) == 4
    assert {k: people[k].id for k in first_ids} == first_ids  # the same people, updated
    assert people["A0001"].tier == Tier.LEADER and people["A0002"].name == "李华（新名）"
    # Without a 手机号 column, phones stay; with one, an empty cell clears the number.
    without_phone = [row[:4] for row in changed]
    academy.roster.apply(admin, write_xlsx(tmp_path / "v3.xlsx", without_phone, header=HEADER[:4]))
    assert stored(academy)["A0001"].phone == "13800138000"
    cleared = [(*changed[0][:4], "")]
    academy.roster.apply(admin, write_xlsx(tmp_path / "v4.xlsx", cleared))
    assert stored(academy)["A0001"].phone is None


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8", "utf-16"])
def test_csv_in_the_encodings_excel_writes(academy, admin, tmp_path, encoding) -> None:
    path = write_csv(tmp_path / "r.csv", GOOD, encoding=encoding)
    plan = academy.roster.preview(admin, path)
    assert not plan.problems
    assert [r.fields.name for r in plan.added] == ["张明", "李华", "王芳"]
    assert plan.added[0].fields.department == "某省/某市/县融媒体中心"


def test_csv_rows_are_numbered_by_line_even_across_quoted_newlines(
    academy, admin, tmp_path
) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        '姓名,工号,部门,类别\n"张\n明",A1,某省,公众\n李华,A2,某省,谁\n', encoding="utf-8"
    )
    plan = academy.roster.preview(admin, path)
    assert lines(plan) == [f"{path}:4: 类别“谁”无法识别；应为“领导干部”“政务运营团队”或“公众”"]


def test_missing_headers_are_one_problem_naming_the_file(academy, admin, tmp_path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [("张明", "某省")], header=("姓名", "单位"))
    plan = academy.roster.preview(admin, path)
    assert lines(plan) == [
        f"{path}: 缺少必需的列：工号/身份标识、类别；请在第一行写上列名，可参照花名册模板"
    ]
    assert plan.refused and not plan.can_import
    with pytest.raises(RosterRejected):
        academy.roster.apply(admin, path, skip_invalid=True)  # a file refused whole stays refused
    twice = write_xlsx(tmp_path / "t.xlsx", [], header=(*HEADER, "部门"))
    assert lines(academy.roster.preview(admin, twice)) == [f"{twice}:1: 列“单位/部门”出现了两次"]


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda p: p.write_bytes(b"not a zip at all"), "无法读取这个 .xlsx 文件"),
        (
            lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
            "无法读取这个 .xlsx 文件",
        ),
        (lambda p: p.write_bytes(b""), "无法读取这个 .xlsx 文件"),
    ],
    ids=["not-a-zip", "truncated", "empty"],
)
def test_a_damaged_workbook_gets_a_clear_message(
    academy, admin, tmp_path, damage, expected
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", GOOD)
    damage(path)
    plan = academy.roster.preview(admin, path)
    (problem,) = plan.problems
    assert problem.line is None and expected in describe_problem(problem)


def test_a_workbook_missing_its_sheet_is_damaged_too(academy, admin, tmp_path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", GOOD)
    damaged = tmp_path / "d.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            if "worksheets/sheet1" not in item.filename:
                target.writestr(item, source.read(item))
    (problem,) = academy.roster.preview(admin, damaged).problems
    assert "无法读取这个 .xlsx 文件" in describe_problem(problem)


def test_formulas_are_read_as_saved_values_never_evaluated(academy, admin, tmp_path) -> None:
    # openpyxl saves a formula without a computed value, as a file from a hostile source could.
    path = write_xlsx(tmp_path / "r.xlsx", [("=1+1", "A1", "某省", "公众", "")])
    (problem,) = academy.roster.preview(admin, path).problems
    assert describe_problem(problem) == f"{path}:2: 姓名为空"


def test_oversized_files_and_too_many_rows_are_refused_whole(
    academy, admin, tmp_path, monkeypatch
) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (roster_files.SIZE_LIMIT + 1))
    assert lines(academy.roster.preview(admin, big)) == [
        f"{big}: 文件超过 10 MB，不像是花名册；请检查是否选错了文件"
    ]
    monkeypatch.setattr(roster_files, "ROW_LIMIT", 2)
    path = write_csv(tmp_path / "r.csv", GOOD)
    plan = academy.roster.preview(admin, path)
    assert lines(plan) == [f"{path}: 文件超过 2 行，一次最多导入 2 人；请拆分后分批导入"]
    assert plan.refused


@pytest.mark.parametrize(
    ("name", "expected"),
    [("r.xls", "旧版 Excel/WPS 格式"), ("r.pdf", "不支持“.pdf”格式"), ("nowhere.csv", "不存在")],
)
def test_other_files_are_refused_with_a_reason(academy, admin, tmp_path, name, expected) -> None:
    path = tmp_path / name
    if name != "nowhere.csv":
        path.write_bytes(b"\xd0\xcf\x11\xe0")
    (problem,) = academy.roster.preview(admin, path).problems
    assert expected in describe_problem(problem)


def test_control_characters_and_unreadable_csv_lines_name_their_line(
    academy, admin, tmp_path
) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("姓名,工号,部门,类别\n张明,A1,某省,公众\n李\0华,A2,某省,公众\n".encode())
    assert lines(academy.roster.preview(admin, path)) == [
        f"{path}:3: 含有不可见的控制字符，请重新输入这一格"
    ]
    # A field longer than the csv module accepts (a broken quote swallowing the file, say).
    path.write_bytes("姓名,工号,部门,类别\n张明,A1,某省,公众\n李华,A2,".encode() + b"x" * 200_000)
    (problem,) = academy.roster.preview(admin, path).problems
    assert describe_problem(problem).startswith(f"{path}:3: 这一行无法按 CSV 格式读取")


def test_the_shipped_templates_import_cleanly(academy, admin) -> None:
    templates = Path(__file__).resolve().parents[2] / "assets" / "templates"
    for name in ("花名册模板.xlsx", "花名册模板.csv"):
        plan = academy.roster.preview(admin, templates / name)
        assert not plan.problems, lines(plan)
        assert [r.fields.name for r in plan.added] == ["张明", "李华"]


def test_adding_and_editing_one_learner(academy, admin) -> None:
    added = academy.roster.add_learner(
        admin, name=" 周到 ", identifier="C1", department="某省 /某市", tier="leader",
        phone="13800138000",
    )  # fmt: skip
    assert (added.name, added.department, added.tier) == ("周到", "某省/某市", Tier.LEADER)
    with pytest.raises(UserInputError) as caught:
        academy.roster.add_learner(
            admin, name="另一人", identifier="C1", department="某省", tier="public"
        )
    assert describe(caught.value.message) == "工号/身份标识“C1”已属于另一位学员"
    edited = academy.roster.update_learner(
        admin, added.id, name="周到", identifier="C1", department="某省/某市/某县", tier="public"
    )
    assert edited.department == "某省/某市/某县" and edited.phone is None
    assert [r.name for r in academy.roster.learners(admin, "某县")] == ["周到"]
    assert academy.roster.learners(admin, "nobody") == []
    assert academy.roster.departments(admin) == ["某省", "某省/某市", "某省/某市/某县"]
    with academy.roster._sessions() as session:
        actions = [e.action for e in session.query(AuditEntry).order_by(AuditEntry.at)]
    assert actions[-2:] == ["learner_added", "learner_updated"]


@pytest.mark.parametrize(
    ("phone", "stored_as"),
    [("13800138000", "13800138000"), ("+86 138 0013 8000", "13800138000"), ("", None)],
)
def test_phone_numbers_are_kept_as_eleven_digits(academy, admin, phone, stored_as) -> None:
    record = academy.roster.add_learner(
        admin, name="甲", identifier="P1", department="某省", tier="public", phone=phone
    )
    assert record.phone == stored_as


def test_nobody_imported_is_opened_at_start_until_they_have_studied(
    academy, admin, tmp_path
) -> None:
    # A shared machine after the roster import: the window must not open someone's profile.
    academy.roster.apply(admin, write_xlsx(tmp_path / "花名册.xlsx", GOOD))
    assert academy.learners.last() is None and academy.learners.current() is None
    someone = academy.learners.all()[0]
    academy.learners.sign_in(someone.id)
    assert academy.learners.last() == someone
