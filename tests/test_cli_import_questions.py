"""`literacy-app import-questions`: a bank file the library loads, every problem as file:line,
exit 1 with nothing written on problems (unless --skip-invalid), and no output overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.services.authoring import check_content

GIFT = "第一题？{=对 ~错}\n\n论述题。{}\n\n第三题。{TRUE}\n"
AIKEN = "题目？\nA. 甲\nB. 乙\nANSWER: B\n"


@pytest.fixture
def gift(tmp_path: Path) -> Path:
    path = tmp_path / "bank.gift"
    path.write_text(GIFT, encoding="utf-8")
    return path


def test_problems_write_nothing(gift: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.yaml"
    assert main(["import-questions", str(gift), "-o", str(out)]) == 1
    stdout, stderr = capsys.readouterr()
    assert (
        f"{gift}:3: 论述题（空的“{{}}”）无法转换：本程序不支持人工评分的题目" in stdout.splitlines()
    )
    assert "发现 1 个问题，未写入任何文件" in stderr
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bank.gift"]


def test_skip_invalid_writes_the_good_questions(gift: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "quizzes" / "drill.yaml"
    code = main(
        ["import-questions", str(gift), "-o", str(out), "--skip-invalid", "--title", "演练题库"]
    )
    stdout, _ = capsys.readouterr()
    assert code == 0
    assert "跳过了 1 道有问题的题目" in stdout and f"已转换 2 道题，写入 {out}" in stdout
    text = out.read_text(encoding="utf-8")
    assert text.startswith("id: drill\ntitle: 演练题库\nquestions:\n  - id: drill-001\n")
    assert "\n  - id: drill-003\n" in text  # the essay kept its number; the ids stay stable
    report = check_content([out])
    assert report.ok and report.banks == 1
    assert sorted(p.name for p in out.parent.iterdir()) == ["drill.yaml"]  # no temporary left


def test_an_existing_output_is_kept_without_force(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bank.txt"
    source.write_text(AIKEN, encoding="utf-8")
    out = tmp_path / "bank.yaml"
    out.write_text("trainer's own file\n", encoding="utf-8")
    assert main(["import-questions", str(source), "--format", "aiken"]) == 1
    assert f"{out}: 输出文件已存在，没有覆盖；如需覆盖请加 --force" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8") == "trainer's own file\n"
    args = ["import-questions", str(source), "--format", "aiken", "--force"]
    assert main([*args, "--bank-id", "my-bank", "--id-prefix", "mb"]) == 0
    assert "id: my-bank\n" in out.read_text(encoding="utf-8")
    assert "  - id: mb-001\n" in out.read_text(encoding="utf-8")


def test_a_text_file_needs_its_format(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bank.txt"
    source.write_text(AIKEN, encoding="utf-8")
    assert main(["import-questions", str(source)]) == 1
    assert capsys.readouterr().out.startswith(f"{source}: 无法从扩展名“.txt”判断题库格式")
    assert not (tmp_path / "bank.yaml").exists()


def test_a_bad_bank_id_is_refused(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bank.txt"
    source.write_text(AIKEN, encoding="utf-8")
    assert main(["import-questions", str(source), "--format", "aiken", "--bank-id", "My Bank"]) == 1
    assert "编号“My Bank”只能使用小写英文字母" in capsys.readouterr().out
    assert not (tmp_path / "bank.yaml").exists()


def test_a_chinese_file_name_still_gives_a_valid_stable_id(tmp_path: Path) -> None:
    source = tmp_path / "题库.txt"
    source.write_text(AIKEN, encoding="utf-8")
    assert main(["import-questions", str(source), "--format", "aiken"]) == 0
    first = (tmp_path / "题库.yaml").read_text(encoding="utf-8")
    assert main(["import-questions", str(source), "--format", "aiken", "--force"]) == 0
    assert (tmp_path / "题库.yaml").read_text(encoding="utf-8") == first
    assert check_content([tmp_path / "题库.yaml"]).ok


def test_a_template_workbook_converts(tmp_path: Path, capsys) -> None:
    template = Path(__file__).resolve().parents[1] / "assets" / "templates" / "题库模板.xlsx"
    out = tmp_path / "template.yaml"
    assert main(["import-questions", str(template), "-o", str(out)]) == 0
    assert f"已转换 2 道题，写入 {out}" in capsys.readouterr().out
    assert check_content([out]).ok


def test_unknown_format_is_a_usage_error(gift: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import-questions", str(gift), "--format", "word"])
    assert exited.value.code == 2
