"""`new-course`: the example course validates clean, opens in the academy, and refuses to
overwrite anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.catalogue import describe
from literacy_app.cli import main
from literacy_app.content.library import load_library
from literacy_app.content.model import Tier
from literacy_app.services.authoring import check_content, create_course
from literacy_app.services.authoring_codes import AuthoringCode
from literacy_app.services.errors import UserInputError

from ..skeleton import new_course, skeleton_templates  # noqa: F401  (a fixture)

pytestmark = pytest.mark.usefixtures("skeleton_templates")


def test_the_command_writes_a_course_that_validates_without_a_single_problem(
    tmp_path: Path, capsys
) -> None:
    root = tmp_path / "我的课程"
    assert main(["new-course", str(root), "--id", "media-basics", "--title", "新媒体: 入门"]) == 0
    out, _ = capsys.readouterr()
    assert "media-basics" in out and str(root) in out
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert files == [
        "courses/media-basics/assets/example.png",
        "courses/media-basics/course.yaml",
        "courses/media-basics/lessons/01-getting-started.md",
        "courses/media-basics/lessons/02-next-steps.md",
        "quizzes/media-basics.yaml",
    ]
    assert main(["validate", str(root)]) == 0
    assert "发现 0 个错误、0 个警告" in capsys.readouterr().err
    library = load_library([root])
    assert library.problems == ()
    [course] = library.courses
    # The title with a colon is read back as written, and the bank took the course's id.
    assert (course.id, course.title) == ("media-basics", "新媒体: 入门")
    assert library.banks["media-basics"].spec.title == "新媒体: 入门题库"
    assert {q.type for q in library.banks["media-basics"].questions} >= {"single", "truefalse"}


def test_the_example_course_opens_and_its_lessons_link_to_each_other(
    tmp_path: Path, make_academy
) -> None:
    new_course(tmp_path / "content")
    academy = make_academy(tmp_path / "content")
    _, learner = academy.learners.create("学员", "", Tier.OPERATOR)
    first = academy.learning.open_lesson(learner, "demo", "getting-started")
    assert first.next_id == "next-steps" and first.headings
    assert 'href="lesson:next-steps"' in first.html
    assert "example.png" in first.html  # the image is shown, from the course folder
    second = academy.learning.open_lesson(learner, "demo", "next-steps")
    assert 'href="lesson:getting-started#常用写法"' in second.html
    assert second.has_practice
    attempt = academy.assessment.start_final(learner, "demo")
    assert len(attempt.questions) == 4


def test_the_id_defaults_to_the_folder_name_when_that_is_a_valid_id(tmp_path: Path) -> None:
    assert create_course(tmp_path / "short-video").course_id == "short-video"
    assert create_course(tmp_path / "短视频").course_id == "my-course"


@pytest.mark.parametrize("occupied", ["file", "folder"])
def test_a_folder_that_is_not_empty_is_refused_and_left_alone(
    tmp_path: Path, occupied: str, capsys
) -> None:
    target = tmp_path / "target"
    if occupied == "file":
        target.write_text("mine", encoding="utf-8")
    else:
        target.mkdir()
        (target / "notes.txt").write_text("mine", encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    assert main(["new-course", str(target)]) == 1
    assert str(target) in capsys.readouterr().err
    assert sorted(tmp_path.rglob("*")) == before


def test_an_id_the_format_does_not_allow_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserInputError) as caught:
        create_course(tmp_path / "x", "Media Basics")
    assert caught.value.code is AuthoringCode.COURSE_ID_INVALID
    assert "Media Basics" in describe(caught.value.message)
    assert not (tmp_path / "x").exists()


def test_check_content_reports_the_example_as_usable(tmp_path: Path) -> None:
    new_course(tmp_path)
    report = check_content([tmp_path])
    assert report.ok and report.courses == 1 and report.banks == 1
