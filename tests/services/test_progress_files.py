"""Progress files between separate installations: round trips, merge rules, refusals, clashes."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from sqlalchemy import select

from literacy_app.catalogue import describe
from literacy_app.services.acting import Actor, Role
from literacy_app.services.errors import Refused, ServiceCode
from literacy_app.services.progress_exchange import ClashResolution, ImportOutcome
from literacy_app.services.progress_format import ProgressFileWriter, canonical
from literacy_app.store.models import AttemptAnswer, Learner, LessonProgress, QuizAttempt
from tests.services.progress_sites import COURSE, LESSON, Site, open_site, take_final_quiz


@pytest.fixture
def sites(tmp_path: Path, database_backend: str, request: pytest.FixtureRequest):
    """Three installations, each with its own database (three PostgreSQL databases on the
    server run: a centre's server importing files from two outlying machines is one of them)."""
    server = request.getfixturevalue("postgres_server") if database_backend != "sqlite" else None
    urls = [server.database() if server else None for _ in range(3)]
    opened = [
        open_site(
            tmp_path / name / "data", url.render_as_string(hide_password=False) if url else None
        )
        for name, url in zip(("a", "b", "c"), urls, strict=True)
    ]
    yield opened
    for site in opened:
        site.academy.close()
    for url in urls:
        if server and url:
            server.drop(url)


def imported(site: Site, *paths: Path):
    reports = site.academy.progress.import_paths(site.admin, list(paths))
    return reports[0] if len(reports) == 1 else reports


def test_round_trip_carries_every_record_with_its_id(sites) -> None:
    a, _, c = sites
    learner = a.learner("张三", "E1")
    a.academy.learning.record_reading(learner, COURSE, LESSON, 120, completed=True)
    take_final_quiz(a, learner)
    c.trust(a)
    report = imported(c, a.export("a1"))
    assert report.outcome is ImportOutcome.IMPORTED, report.message
    assert report.counts["learners"].new == 1 and report.counts["attempts"].new == 1
    assert report.counts["lessons"].new == 1
    mine, theirs = a.snapshot(), c.snapshot()
    assert theirs["learners"] == mine["learners"]  # same UUID, name, identifier
    assert theirs["attempts"] == mine["attempts"] and theirs["answers"] == mine["answers"]
    assert theirs["lessons"] == mine["lessons"] and c.lesson_seconds("张三") == 120
    assert theirs["cards"] == mine["cards"] and mine["cards"]  # wrong answers went to review


def test_the_same_file_twice_changes_nothing(sites) -> None:
    a, _, c = sites
    learner = a.learner("张三", "E1")
    a.academy.learning.record_reading(learner, COURSE, LESSON, 90)
    take_final_quiz(a, learner)
    c.trust(a)
    path = a.export("a1")
    imported(c, path)
    before = c.snapshot()
    again = imported(c, path)
    assert again.outcome is ImportOutcome.IMPORTED
    assert all(n.new == 0 and n.updated == 0 for n in again.counts.values()), again.counts
    assert c.snapshot() == before


def test_reading_time_adds_up_across_machines_without_double_counting(sites) -> None:
    a, b, c = sites
    on_a, on_b = a.learner("张三", "E1"), b.learner("张三", "E1")
    a.academy.learning.record_reading(on_a, COURSE, LESSON, 100)
    b.academy.learning.record_reading(on_b, COURSE, LESSON, 50)
    c.trust(a, "甲")
    c.trust(b, "乙")
    b.trust(a, "甲")
    from_a = a.export("a1")
    imported(c, from_a, b.export("b1"))
    assert c.lesson_seconds("张三") == 150
    # B merges A's file and sends everything on: A's 100 seconds arrive twice, count once.
    imported(b, from_a)
    assert b.lesson_seconds("张三") == 150
    imported(c, b.export("b2", everything=True))
    assert c.lesson_seconds("张三") == 150
    # Reading on at A: the next (incremental) file brings only the growth.
    a.academy.learning.record_reading(on_a, COURSE, LESSON, 30)
    report = imported(c, a.export("a2"))
    assert report.counts["lessons"].updated == 1
    assert c.lesson_seconds("张三") == 180
    with c.academy._sessions() as session:  # one person, not two
        assert session.scalars(select(Learner).where(Learner.identifier == "E1")).all()


def test_files_in_any_order_give_the_same_records(sites, tmp_path) -> None:
    a, b, c = sites
    learner = a.learner("张三", "E1")
    a.academy.learning.record_reading(learner, COURSE, LESSON, 40)
    first = a.export("a1")
    a.academy.learning.record_reading(learner, COURSE, LESSON, 20, completed=True)
    take_final_quiz(a, learner)
    second = a.export("a2")
    for site in (b, c):
        site.trust(a)
    imported(b, first, second)
    imported(c, second, first)
    assert b.snapshot() == c.snapshot()
    assert c.lesson_seconds("张三") == 60


def test_a_lesson_is_complete_at_its_earliest_completion(sites) -> None:
    a, b, c = sites
    on_a, on_b = a.learner("张三", "E1"), b.learner("张三", "E1")
    a.academy.learning.record_reading(on_a, COURSE, LESSON, 10, completed=True)
    b.academy.learning.record_reading(on_b, COURSE, LESSON, 10)  # opened, not finished on B
    b.academy.learning.record_reading(on_b, COURSE, LESSON, 10, completed=True)
    c.trust(a)
    c.trust(b, "乙")
    imported(c, b.export("b1"), a.export("a1"))
    with a.academy._sessions() as session:
        earliest = session.scalars(select(LessonProgress.completed_at)).one()
    with c.academy._sessions() as session:
        assert session.scalars(select(LessonProgress.completed_at)).one() == earliest


def test_a_finished_attempt_replaces_its_open_copy_and_every_attempt_is_kept(sites) -> None:
    a, b, c = sites
    on_a, on_b = a.learner("张三", "E1"), b.learner("张三", "E1")
    take_final_quiz(a, on_a, submit=False)
    take_final_quiz(b, on_b)
    c.trust(a)
    c.trust(b, "乙")
    imported(c, a.export("a1"), b.export("b1"))
    with a.academy._sessions() as session:
        open_id = session.scalars(select(QuizAttempt.id)).one()
    attempt = a.academy.assessment.resume(on_a, open_id)
    a.academy.assessment.submit(on_a, attempt.attempt_id)
    report = imported(c, a.export("a2"))
    assert report.counts["attempts"].updated == 1
    with c.academy._sessions() as session:
        statuses = sorted(session.scalars(select(QuizAttempt.status)))
        assert statuses == ["completed", "completed"]  # both machines' attempts, one person
        assert len(set(session.scalars(select(QuizAttempt.learner_id)))) == 1
        assert session.scalars(select(AttemptAnswer.id)).all()


def test_review_cards_keep_the_latest_review(sites) -> None:
    a, _, c = sites
    on_a = a.learner("张三", "E1")
    take_final_quiz(a, on_a)
    c.trust(a)
    imported(c, a.export("a1"))
    review = a.academy.review.start_review(on_a)
    question = review.answerable()[0]
    a.academy.assessment.record_answer(
        on_a, review.attempt_id, question.question_id,
        question.options[0][0] if question.options else False,
    )  # fmt: skip
    a.academy.assessment.submit(on_a, review.attempt_id)
    reviewed = {row[1]: row[2] for row in a.snapshot()["cards"]}
    report = imported(c, a.export("a2"))
    assert report.counts["review_cards"].updated >= 1
    assert {row[1]: row[2] for row in c.snapshot()["cards"]} == reviewed
    # An older copy arriving afterwards does not turn the clock back.
    imported(c, a.folder.parent / "a1.litprog")
    assert {row[1]: row[2] for row in c.snapshot()["cards"]} == reviewed


def test_an_incremental_export_carries_only_what_changed(sites) -> None:
    a, _, _ = sites
    learner = a.learner("张三", "E1")
    a.academy.learning.record_reading(learner, COURSE, LESSON, 40)
    take_final_quiz(a, learner)
    first = a.academy.progress.export(a.admin, a.folder.parent / "1.litprog")
    assert first.counts["lessons"] == 1 and first.counts["attempts"] == 1
    second = a.academy.progress.export(a.admin, a.folder.parent / "2.litprog")
    assert second.counts["lessons"] == 0 and second.counts["attempts"] == 0
    a.academy.learning.record_reading(learner, COURSE, LESSON, 5)
    third = a.academy.progress.export(a.admin, a.folder.parent / "3.litprog")
    assert (third.counts["lessons"], third.counts["attempts"], third.counts["learners"]) == (
        1,
        0,
        1,
    )
    every = a.academy.progress.export(a.admin, a.folder.parent / "4.litprog", everything=True)
    assert every.counts["attempts"] == 1 and every.since is None


def test_a_learner_exports_only_their_own_records(sites) -> None:
    a, _, c = sites
    mine, other = a.learner("张三", "E1"), a.learner("李四", "E2")
    for learner in (mine, other):
        a.academy.learning.record_reading(learner, COURSE, LESSON, 30)
    path = a.export("own", actor=mine)
    c.trust(a)
    report = imported(c, path)
    assert report.counts["learners"].new == 1 and report.counts["lessons"].new == 1
    assert [row[1] for row in c.snapshot()["learners"]] == ["张三"]


# -- refusals: nothing merged, and the reason named -----------------------------------------


@pytest.fixture
def exported(sites) -> tuple[Site, Site, Path]:
    a, _, c = sites
    learner = a.learner("张三", "E1")
    a.academy.learning.record_reading(learner, COURSE, LESSON, 60, completed=True)
    take_final_quiz(a, learner)
    c.trust(a)
    return a, c, a.export("a1")


def refused_with(site: Site, path: Path, code: ServiceCode) -> str:
    before = site.snapshot()
    report = imported(site, path)
    assert report.outcome is ImportOutcome.REFUSED
    assert report.message is not None and report.message.code is code, report.message
    assert site.snapshot() == before
    return describe(report.message)


def test_a_truncated_file_is_refused(exported) -> None:
    _, c, path = exported
    data = path.read_bytes()
    for cut in (len(data) - 1, len(data) // 2, 5):
        path.write_bytes(data[:cut])
        code = ServiceCode.PROGRESS_FILE_NOT_ONE if cut < 8 else ServiceCode.PROGRESS_FILE_DAMAGED
        assert "没有导入任何记录" in refused_with(c, path, code)


def test_one_edited_byte_anywhere_is_refused(exported) -> None:
    _, c, path = exported
    data = path.read_bytes()
    for position in range(0, len(data), max(1, len(data) // 97)):
        edited = bytearray(data)
        edited[position] ^= 0x01
        path.write_bytes(bytes(edited))
        report = imported(c, path)
        assert report.outcome is ImportOutcome.REFUSED, position
    assert c.snapshot()["learners"] == []


def test_a_file_from_an_installation_not_trusted_is_refused(sites) -> None:
    a, b, _ = sites
    a.academy.learning.record_reading(a.learner("张三", "E1"), COURSE, LESSON, 60)
    text = refused_with(b, a.export("a1"), ServiceCode.PROGRESS_FILE_UNTRUSTED)
    assert a.academy.installation.fingerprint() in text


def test_records_re_signed_by_an_untrusted_key_are_refused(exported, sites) -> None:
    a, c, _ = exported
    forger = sites[1]  # B's key is not trusted at C; it claims to be A
    forged = forger.folder.parent / "forged.litprog"
    writer = ProgressFileWriter(forged, a.academy.installation.installation_id(),
                                forger.academy.installation.public_key_b64())  # fmt: skip
    writer.write_set("learners", [{
        "id": "00000000-0000-4000-8000-000000000001", "name": "冒名", "department": "",
        "tier": "public", "identifier": "X9", "created_at": "2026-01-01T00:00:00+00:00",
    }])  # fmt: skip
    writer.finish(forger.academy.installation.sign, created_at="2026-01-01T00:00:00+00:00",
                  since=None, learner_id=None)  # fmt: skip
    refused_with(c, forged, ServiceCode.PROGRESS_FILE_UNTRUSTED)


def test_a_file_from_a_newer_format_is_refused(exported) -> None:
    _, c, path = exported
    data = bytearray(path.read_bytes())
    data[-2:] = struct.pack(">H", 2)
    path.write_bytes(bytes(data))
    assert "更新版本" in refused_with(c, path, ServiceCode.PROGRESS_FILE_NEWER)


def test_records_that_contradict_their_signed_hash_are_refused(exported, monkeypatch) -> None:
    a, c, _ = exported
    real_write = ProgressFileWriter.write_set

    def lying(self, name, records):  # signs the hash of the honest records, writes others
        count = real_write(self, name, records)
        if name == "lessons":
            self._sections[-1]["sha256"] = "0" * 64
        return count

    monkeypatch.setattr(ProgressFileWriter, "write_set", lying)
    path = a.export("lying", everything=True)
    monkeypatch.undo()
    assert "校验值不符" in refused_with(c, path, ServiceCode.PROGRESS_FILE_HASH_MISMATCH)


def test_a_record_breaking_the_schema_is_refused_naming_its_line(exported, monkeypatch) -> None:
    a, c, _ = exported
    real_write = ProgressFileWriter.write_set

    def broken(self, name, records):
        if name == "lessons":
            records = [{**r, "seconds": {"x": -5}} for r in records]
        return real_write(self, name, records)

    monkeypatch.setattr(ProgressFileWriter, "write_set", broken)
    path = a.export("broken", everything=True)
    monkeypatch.undo()
    text = refused_with(c, path, ServiceCode.PROGRESS_RECORD_INVALID)
    assert "第 1 条" in text
    assert canonical({"a": 1}) == b'{"a":1}'


def test_a_folder_imports_every_file_and_reports_each(exported, tmp_path) -> None:
    _, c, path = exported
    folder = tmp_path / "room"
    folder.mkdir()
    path.rename(folder / "good.litprog")
    (folder / "bad.litprog").write_bytes(b"not a progress file")
    reports = imported(c, folder)
    assert [(r.path.name, r.outcome) for r in reports] == [
        ("bad.litprog", ImportOutcome.REFUSED),
        ("good.litprog", ImportOutcome.IMPORTED),
    ]
    assert [row[1] for row in c.snapshot()["learners"]] == ["张三"]


# -- unknown installations held, identifier clashes ------------------------------------------


def test_a_file_from_an_unknown_installation_can_be_held_until_approved(sites) -> None:
    a, b, _ = sites
    a.academy.learning.record_reading(a.learner("张三", "E1"), COURSE, LESSON, 60)
    b.academy.progress.set_holds_unknown(b.admin, True)
    report = imported(b, a.export("a1"))
    assert report.outcome is ImportOutcome.HELD and b.snapshot()["learners"] == []
    [held] = b.academy.progress.held(b.admin)
    assert held.fingerprint == a.academy.installation.fingerprint()
    assert (b.folder / "progress-held").iterdir()
    approved = b.academy.progress.approve_held(b.admin, held.id, "甲培训点")
    assert approved.outcome is ImportOutcome.IMPORTED
    assert [row[1] for row in b.snapshot()["learners"]] == ["张三"]
    assert b.academy.progress.held(b.admin) == []
    assert [t.name for t in b.academy.installation.trusted(b.admin)] == ["甲培训点"]


def test_an_identifier_clash_is_held_until_the_administrator_decides(sites) -> None:
    a, _, c = sites
    clashing = a.learner("张三", "E1")
    a.academy.learning.record_reading(clashing, COURSE, LESSON, 60)
    a.academy.learning.record_reading(a.learner("王五", "E5"), COURSE, LESSON, 30)
    c.learner("李四", "E1")
    c.trust(a)
    report = imported(c, a.export("a1"))
    assert report.outcome is ImportOutcome.IMPORTED
    [clash] = report.clashes
    assert (clash.name, clash.identifier, clash.existing_name) == ("张三", "E1", "李四")
    # The others' records came in; the clashing learner's wait.
    assert sorted(row[1] for row in c.snapshot()["learners"]) == ["李四", "王五"]
    assert c.lesson_seconds("王五") == 30
    [held] = c.academy.progress.held(c.admin)
    assert held.clashes == [clash]
    [again] = c.academy.progress.resolve_clash(c.admin, clash.id, ClashResolution.SAME_PERSON)
    assert again.outcome is ImportOutcome.IMPORTED and not again.clashes
    assert c.lesson_seconds("李四") == 60
    assert c.academy.progress.held(c.admin) == []


def test_a_clash_kept_apart_becomes_a_separate_person(sites) -> None:
    a, _, c = sites
    a.academy.learning.record_reading(a.learner("张三", "E1"), COURSE, LESSON, 60)
    c.learner("李四", "E1")
    c.trust(a)
    [clash] = imported(c, a.export("a1")).clashes
    c.academy.progress.resolve_clash(c.admin, clash.id, ClashResolution.SEPARATE)
    assert sorted((row[1], row[2]) for row in c.snapshot()["learners"]) == [
        ("张三", "None"),
        ("李四", "E1"),
    ]
    assert c.lesson_seconds("张三") == 60
    # The next file from A places 张三 by the decision, without asking again.
    a.academy.learning.record_reading(a.academy.learners.current(), COURSE, LESSON, 1)
    assert not imported(c, a.export("a2", everything=True)).clashes


# -- who may ---------------------------------------------------------------------------------


def test_only_administrators_import_and_decide(sites, tmp_path) -> None:
    a, _, _ = sites
    learner = a.learner("张三", "E1")
    trainer = Actor(a.admin.user_id, Role.TRAINER)
    progress = a.academy.progress
    some_id = learner.user_id
    calls = [
        lambda actor: progress.import_paths(actor, [tmp_path]),
        lambda actor: progress.import_file(actor, tmp_path / "x.litprog"),
        lambda actor: progress.held(actor),
        lambda actor: progress.holds_unknown(actor),
        lambda actor: progress.set_holds_unknown(actor, True),
        lambda actor: progress.approve_held(actor, some_id, "x"),
        lambda actor: progress.reject_held(actor, some_id),
        lambda actor: progress.resolve_clash(actor, some_id, ClashResolution.SEPARATE),
    ]
    for actor in (learner, trainer):
        for call in calls:
            with pytest.raises(Refused):
                call(actor)
    with pytest.raises(Refused):
        progress.export(trainer, tmp_path / "t.litprog")
