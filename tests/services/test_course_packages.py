"""Installing course packages: a good package installs and updates keeping progress; every hostile
or invalid one is refused with its reason and leaves the library byte-for-byte as it was."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from literacy_app.content.model import Tier
from literacy_app.content.packages import PackageCode
from literacy_app.services.acting import Role
from literacy_app.services.audit import AuditAction
from literacy_app.services.course_packages import (
    CourseSource,
    PackageError,
    make_signing_key,
    pack_course,
)
from literacy_app.services.errors import NotAvailable, Refused, UserInputError
from literacy_app.services.trainer_codes import TrainerCode
from literacy_app.store.models import LessonProgress

from ..packages import (
    COURSE,
    PASSWORD,
    bump,
    drop_lesson,
    good_package,
    lie_about_size,
    manifest_of,
    rewrite,
    snapshot,
    symlink_entry,
)


@pytest.fixture
def admin(academy):
    return academy.accounts.create_first_administrator("管理员", PASSWORD)


@pytest.fixture
def trainer(academy, admin):
    academy.accounts.create_account(admin, "培训师", Role.TRAINER, PASSWORD)
    return academy.accounts.sign_in("培训师", PASSWORD)


@pytest.fixture
def library(academy) -> Path:
    return academy.packages.library_dir


def shipped_version(academy) -> str:
    return academy.shipped_library().course(COURSE).spec.version


def installed_versions(academy, actor) -> dict[str, tuple[str, CourseSource]]:
    return {e.course_id: (e.version, e.source) for e in academy.packages.courses(actor)}


def test_a_trainer_installs_a_newer_version_that_replaces_the_shipped_course(
    academy, trainer, content, tmp_path, library, make_academy
) -> None:
    package = good_package(content, tmp_path / "p.zip", "50.1.0")
    outcome = academy.packages.install(trainer, package)
    assert (outcome.course_id, outcome.version, outcome.previous) == (COURSE, "50.1.0", None)
    assert academy.library().course(COURSE).spec.version == "50.1.0"
    assert library in academy.library().course(COURSE).folder.parents
    assert installed_versions(academy, trainer)[COURSE] == ("50.1.0", CourseSource.INSTALLED)
    assert (library / COURSE / "manifest.json").read_bytes() == zipfile.ZipFile(package).read(
        "manifest.json"
    )
    assert not [p for p in academy.library().problems if library in p.path.parents]
    restarted = make_academy()  # a later start finds it (and then from the caches)
    assert restarted.library().course(COURSE).spec.version == "50.1.0"
    assert make_academy().library().course(COURSE).spec.version == "50.1.0"


def test_the_shipped_version_wins_unless_the_package_is_newer(
    academy, trainer, content, tmp_path, library
) -> None:
    package = good_package(content, tmp_path / "p.zip", shipped_version(academy))
    with pytest.raises(PackageError) as refused:
        academy.packages.install(trainer, package)
    assert refused.value.code is TrainerCode.NOT_NEWER_THAN_SHIPPED
    assert snapshot(library) == {}


def test_an_update_keeps_progress_on_lessons_that_remain_and_history_of_removed_ones(
    academy, trainer, content, tmp_path
) -> None:
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    for lesson in ("disaster-rumours", "trace-images"):
        academy.learning.open_lesson(learner, COURSE, lesson)
        academy.learning.record_reading(learner, COURSE, lesson, 120, completed=True)
    academy.packages.install(trainer, good_package(content, tmp_path / "a.zip", "50.1.0"))
    drop_lesson(content, "02-trace-images.md")
    outcome = academy.packages.install(trainer, good_package(content, tmp_path / "b.zip", "50.2.0"))
    assert outcome.previous == "50.1.0"

    outline = academy.learning.outline(learner, COURSE)
    states = [(s.lesson_id, s.completed) for s in outline.lessons]
    assert states[0] == ("disaster-rumours", True)
    assert "trace-images" not in dict(states)
    assert not any(done for _, done in states[1:])
    with academy.packages._sessions() as session:
        kept = {row.lesson_id for row in session.query(LessonProgress)}
    assert kept == {"disaster-rumours", "trace-images"}  # the removed lesson stays in history


def test_a_downgrade_needs_to_be_asked_for(academy, trainer, content, tmp_path, library) -> None:
    academy.packages.install(trainer, good_package(content, tmp_path / "new.zip", "50.3.0"))
    before = snapshot(library)
    older = good_package(content, tmp_path / "old.zip", "50.2.0")
    with pytest.raises(PackageError) as refused:
        academy.packages.install(trainer, older)
    assert refused.value.code is TrainerCode.DOWNGRADE
    assert snapshot(library) == before
    academy.packages.install(trainer, older, allow_downgrade=True)
    assert academy.library().course(COURSE).spec.version == "50.2.0"


def test_removing_an_installed_course_keeps_records_and_brings_back_the_shipped_one(
    academy, trainer, admin, content, tmp_path, library
) -> None:
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    academy.packages.install(trainer, good_package(content, tmp_path / "p.zip"))
    academy.learning.open_lesson(learner, COURSE, "disaster-rumours")
    academy.packages.remove(trainer, COURSE)
    assert snapshot(library) == {}
    assert academy.library().course(COURSE).spec.version == shipped_version(academy)
    with academy.packages._sessions() as session:
        assert session.query(LessonProgress).count() == 1
    with pytest.raises(NotAvailable) as shipped:
        academy.packages.remove(trainer, COURSE)
    assert shipped.value.code is TrainerCode.SHIPPED_NOT_REMOVABLE
    with pytest.raises(NotAvailable):
        academy.packages.remove(trainer, "../installation")
    actions = [e.action for e in academy.audit.entries(admin)]
    assert actions[:2] == [AuditAction.COURSE_REMOVED, AuditAction.COURSE_INSTALLED]


def test_learners_may_not_install_list_remove_or_manage_keys(
    academy, admin, trainer, content, tmp_path
) -> None:
    _, learner = academy.learners.create("学员", "", Tier.PUBLIC)
    package = good_package(content, tmp_path / "p.zip")
    calls = [
        lambda actor: academy.packages.install(actor, package),
        lambda actor: academy.packages.remove(actor, COURSE),
        lambda actor: academy.packages.courses(actor),
        lambda actor: academy.packages.check(actor, content / "courses" / COURSE),
    ]
    for call in calls:
        with pytest.raises(Refused):
            call(learner)
    key = make_signing_key(tmp_path / "k.pem").public_key
    for call in (
        lambda actor: academy.packages.trainer_keys(actor),
        lambda actor: academy.packages.trust_trainer_key(actor, key, "某培训师"),
        lambda actor: academy.packages.distrust_trainer_key(actor, key),
    ):
        for who in (learner, trainer):
            with pytest.raises(Refused):
                call(who)


# -- signatures -----------------------------------------------------------------------------------


def test_signed_packages_and_the_administrators_trust_list(
    academy, admin, trainer, content, tmp_path, library
) -> None:
    trusted_key = make_signing_key(tmp_path / "trusted.pem")
    other_key = make_signing_key(tmp_path / "other.pem")
    academy.packages.trust_trainer_key(admin, trusted_key.public_key, "省委党校培训处")
    unsigned = good_package(content, tmp_path / "unsigned.zip")
    stranger = good_package(content, tmp_path / "stranger.zip", key=tmp_path / "other.pem")
    for package, code in (
        (unsigned, TrainerCode.SIGNATURE_REQUIRED),
        (stranger, TrainerCode.SIGNER_NOT_TRUSTED),
    ):
        with pytest.raises(PackageError) as refused:
            academy.packages.install(trainer, package)
        assert refused.value.code is code
        assert snapshot(library) == {}
    assert refused.value.message.args["fingerprint"] == other_key.fingerprint

    signed = good_package(content, tmp_path / "signed.zip", key=tmp_path / "trusted.pem")
    assert academy.packages.install(trainer, signed).signer == trusted_key.fingerprint
    [entry] = [e for e in academy.packages.courses(trainer) if e.course_id == COURSE]
    assert entry.signer == trusted_key.fingerprint

    academy.packages.distrust_trainer_key(admin, trusted_key.public_key)
    assert academy.packages.trainer_keys(admin) == []
    academy.packages.install(trainer, stranger)  # no list: any good package installs


def test_a_signature_that_does_not_match_is_refused_even_without_a_trust_list(
    academy, trainer, content, tmp_path, library
) -> None:
    make_signing_key(tmp_path / "a.pem")
    signed = good_package(content, tmp_path / "signed.zip", key=tmp_path / "a.pem")
    other = make_signing_key(tmp_path / "b.pem").public_key
    signature = json.loads(zipfile.ZipFile(signed).read("signature.json"))
    forged = rewrite(
        signed,
        tmp_path / "forged.zip",
        change={"signature.json": json.dumps({**signature, "public_key": other}).encode()},
    )
    manifest = manifest_of(signed)
    manifest["course"]["title"] = "改过的标题"
    altered = rewrite(signed, tmp_path / "altered.zip", manifest=manifest)
    for package in (forged, altered):
        with pytest.raises(PackageError) as refused:
            academy.packages.install(trainer, package)
        assert refused.value.code is PackageCode.SIGNATURE_INVALID
    assert snapshot(library) == {}


# -- hostile and broken packages ---------------------------------------------------------------

LESSON = f"courses/{COURSE}/lessons/01-disaster-rumours.md"


def hostile_packages(good: Path, tmp: Path) -> list[tuple[str, Path, object]]:
    """(what, package, the code it must be refused with)."""
    manifest = manifest_of(good)
    lesson_bytes = dict((i.filename, d) for i, d in _entries(good))[LESSON]
    tampered = bytes([lesson_bytes[0] ^ 1]) + lesson_bytes[1:]  # same size, other content
    future = {**manifest, "format": 2}
    missing = {
        **manifest,
        "files": [*manifest["files"], {"path": "courses/x.md", "size": 1, "sha256": "0" * 64}],
    }
    bomb = b"\0" * (2 * 1024 * 1024)
    cases: list[tuple[str, Path, object]] = []
    for n, name in enumerate(("../x", "/etc/x", "C:\\x", "courses/../../x", "C:/x")):
        slip = rewrite(good, tmp / f"slip-{n}.zip", add=[(name, b"x")])
        cases.append((f"slip {name}", slip, PackageCode.UNSAFE_NAME))
    cases += [
        ("symlink", rewrite(good, tmp / "link.zip", add=[(symlink_entry("courses/evil"), b"/etc/passwd")]), PackageCode.NOT_A_REGULAR_FILE),
        ("bomb", rewrite(good, tmp / "bomb.zip", add=[("courses/big.md", bomb)]), PackageCode.RATIO_TOO_HIGH),
        ("tampered", rewrite(good, tmp / "tampered.zip", change={LESSON: tampered}), PackageCode.CHECKSUM_MISMATCH),
        ("future", rewrite(good, tmp / "future.zip", manifest=future), PackageCode.NEWER_FORMAT),
        ("extra file", rewrite(good, tmp / "extra.zip", add=[("courses/extra.md", b"x")]), PackageCode.FILE_NOT_IN_MANIFEST),
        ("missing file", rewrite(good, tmp / "missing.zip", manifest=missing), PackageCode.FILE_MISSING),
        ("case duplicate", rewrite(good, tmp / "case.zip", add=[(LESSON.upper(), b"x")]), PackageCode.DUPLICATE_NAME),
        ("no manifest", rewrite(good, tmp / "bare.zip", drop=("manifest.json",)), PackageCode.MANIFEST_MISSING),
    ]  # fmt: skip
    duplicate = rewrite(good, tmp / "dup.zip")
    with zipfile.ZipFile(duplicate, "a") as archive, pytest.warns(UserWarning):
        archive.writestr(LESSON, lesson_bytes)
    cases.append(("duplicate", duplicate, PackageCode.DUPLICATE_NAME))
    not_zip = tmp / "not.zip"
    not_zip.write_bytes(b"PK not really")
    cases.append(("not a zip", not_zip, PackageCode.NOT_A_ZIP))
    return cases


def _entries(package: Path):
    with zipfile.ZipFile(package) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


@pytest.mark.parametrize("installed_first", [False, True], ids=["empty", "with-a-course"])
def test_hostile_packages_are_refused_leaving_the_library_unchanged(
    academy, trainer, content, tmp_path, library, installed_first
) -> None:
    shipped = shipped_version(academy)
    if installed_first:
        academy.packages.install(trainer, good_package(content, tmp_path / "first.zip", "50.0.5"))
    before = snapshot(library)
    good = good_package(content, tmp_path / "good.zip", "50.1.0")
    for what, package, code in hostile_packages(good, tmp_path):
        with pytest.raises(PackageError) as refused:
            academy.packages.install(trainer, package)
        assert refused.value.code is code, what
        assert snapshot(library) == before, what
    assert academy.library().course(COURSE).spec.version == (
        "50.0.5" if installed_first else shipped
    )


def test_a_lying_declared_size_is_caught_while_unpacking(
    academy, trainer, content, tmp_path, library
) -> None:
    good = good_package(content, tmp_path / "good.zip")
    manifest = manifest_of(good)
    big = b"lesson text " * 40_000  # compresses well, but not past the ratio limit once lied about
    declared = 5000
    manifest["files"].append(
        {"path": "courses/big.md", "size": declared, "sha256": hashlib.sha256(big[:declared]).hexdigest()}
    )  # fmt: skip
    package = rewrite(good, tmp_path / "liar.zip", add=[("courses/big.md", big)], manifest=manifest)
    lie_about_size(package, "courses/big.md", declared)
    assert zipfile.ZipFile(package).getinfo("courses/big.md").file_size == declared
    with pytest.raises(PackageError) as refused:
        academy.packages.install(trainer, package)
    assert refused.value.code in (PackageCode.CHECKSUM_MISMATCH, PackageCode.SIZE_MISMATCH)
    assert snapshot(library) == {}


def test_a_package_whose_course_does_not_validate_is_refused_with_its_problems(
    academy, trainer, content, tmp_path, library
) -> None:
    good = good_package(content, tmp_path / "good.zip")
    yaml_name = f"courses/{COURSE}/course.yaml"
    broken = dict((i.filename, d) for i, d in _entries(good))[yaml_name].replace(
        b"pass_mark: 60", b"pass_mark: 600"
    )
    manifest = manifest_of(good)
    for entry in manifest["files"]:
        if entry["path"] == yaml_name:
            entry.update(size=len(broken), sha256=hashlib.sha256(broken).hexdigest())
    package = rewrite(good, tmp_path / "bad.zip", change={yaml_name: broken}, manifest=manifest)
    with pytest.raises(PackageError) as refused:
        academy.packages.install(trainer, package)
    assert refused.value.code is TrainerCode.PACKAGE_COURSE_INVALID
    [problem] = refused.value.problems
    assert problem.path == Path(yaml_name) and problem.line is not None
    assert snapshot(library) == {}


# -- packing ---------------------------------------------------------------------------------------


def test_pack_refuses_a_course_with_problems_and_writes_nothing(content, tmp_path) -> None:
    folder = bump(content, "60.0")
    yaml = folder / "course.yaml"
    yaml.write_text(yaml.read_text("utf-8").replace("pass_mark: 60", "pass_mark: 600"), "utf-8")
    with pytest.raises(PackageError) as refused:
        pack_course(folder, tmp_path / "p.zip")
    assert refused.value.code is TrainerCode.COURSE_HAS_PROBLEMS
    assert [p.path for p in refused.value.problems] == [yaml]
    assert not (tmp_path / "p.zip").exists()


def test_a_package_lists_every_file_with_its_size_and_digest(content, tmp_path) -> None:
    make_signing_key(tmp_path / "k.pem")
    package = good_package(content, tmp_path / "p.zip", key=tmp_path / "k.pem")
    manifest = manifest_of(package)
    assert manifest["format"] == 1
    assert manifest["course"] == {
        "id": COURSE,
        "title": "谣言、旧图与深度伪造",
        "version": "50.1.0",
    }
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist()) - {"manifest.json", "signature.json"}
        assert names == {f["path"] for f in manifest["files"]}
        assert f"quizzes/{COURSE}.yaml" in names
        for entry in manifest["files"]:
            data = archive.read(entry["path"])
            assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])
        signature = json.loads(archive.read("signature.json"))
    assert len(base64.b64decode(signature["signature"])) == 64


def test_keygen_writes_a_private_key_once(tmp_path) -> None:
    key = make_signing_key(tmp_path / "k.pem")
    assert (tmp_path / "k.pem").stat().st_mode & 0o777 == 0o600
    assert len(key.fingerprint) == 24 and key.fingerprint.count("-") == 4
    with pytest.raises(UserInputError) as refused:
        make_signing_key(tmp_path / "k.pem")
    assert refused.value.code is TrainerCode.KEY_FILE_EXISTS
