"""The conversion service the command and the window share: what it reports, and that a failed
write or a bank that would not load leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.catalogue import describe, describe_problem
from literacy_app.services import question_import
from literacy_app.services.question_import import convert_question_file

GIFT = "好题？{=对 ~错####对就是对。}\n\n坏题？{~甲 ~乙}\n"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "bank.gift"
    path.write_text(GIFT, encoding="utf-8")
    return path


def test_what_the_window_is_told(source: Path, tmp_path: Path) -> None:
    refused = convert_question_file(source, tmp_path / "a.yaml")
    assert not refused.written and not (tmp_path / "a.yaml").exists()
    assert [describe_problem(p) for p in refused.problems] == [
        f"{source}:3: 没有正确答案（以“=”开头或权重为正的答案）"
    ]
    assert [describe(m) for m in refused.summary()] == [
        "发现 1 个问题，未写入任何文件；改正后重新转换，或用 --skip-invalid 跳过有问题的题目"
    ]
    skipped = convert_question_file(source, tmp_path / "b.yaml", skip_invalid=True)
    assert skipped.written and skipped.notes == ()
    assert [describe(m) for m in skipped.summary()] == [
        "跳过了 1 道有问题的题目",
        f"已转换 1 道题，写入 {tmp_path / 'b.yaml'}",
    ]


def test_a_failed_write_leaves_nothing(source: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    outcome = convert_question_file(source, blocker / "out.yaml", skip_invalid=True)
    assert not outcome.written
    assert describe_problem(outcome.refusal).startswith(
        f"{blocker / 'out.yaml'}: 无法写入输出文件："
    )


def test_a_bank_that_would_not_load_is_never_put_in_place(
    source: Path, tmp_path: Path, monkeypatch
) -> None:
    # The written text is read back as the library reads banks before it replaces anything.
    monkeypatch.setattr(question_import, "bank_yaml", lambda *args: "id: [broken\n")
    out = tmp_path / "out.yaml"
    outcome = convert_question_file(source, out, skip_invalid=True)
    assert not outcome.written and not out.exists()
    assert describe_problem(outcome.refusal).startswith(f"{out}: 无法写入输出文件：")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.gift"]
