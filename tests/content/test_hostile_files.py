"""Hostile and broken files in a course folder: each ends in a located problem, nothing else is read.

Issue 8: nothing is read outside a course folder, nothing huge is read at every start, and one bad
course leaves the others available.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from literacy_app.catalogue import describe_problem
from literacy_app.content import files
from literacy_app.content.codes import ContentCode
from literacy_app.content.courses import read_course
from literacy_app.content.library import load_library
from literacy_app.content.problems import errors_among
from literacy_app.content.render import render_markdown
from literacy_app.services.library_cache import load_library_cached

from .test_courses import COURSE_YAML, LESSON, make_course

MiB = 1024 * 1024
IMAGE_LINE = 13  # the image's line in LESSON_WITH_IMAGE
LESSON_WITH_IMAGE = LESSON + "\n![示意图](../assets/{src})\n"
WITHOUT_QUIZ = COURSE_YAML.split("final_quiz:")[0]  # so the course loads with no bank


@pytest.fixture(autouse=True)
def no_remembered_digests() -> None:
    """Each test starts with no file digests remembered from another."""
    files.DIGESTS.clear()


def course_with_image(root: Path, src: str = "chart.png", data: bytes = b"PNG one") -> Path:
    lessons = {"01-first.md": LESSON_WITH_IMAGE.format(src=src)}
    folder = make_course(root, WITHOUT_QUIZ, lessons)
    (folder / "assets").mkdir()
    if data is not None and "\0" not in src and len(src.encode()) <= 255:
        (folder / "assets" / src).write_bytes(data)
    return folder


def codes(source) -> list[ContentCode]:
    return [p.code for p in source.problems]


# A NUL byte or a name too long for the file system, where a lesson or an image is named.


@pytest.mark.parametrize("name", ['"bad\\0name.md"', "x" * 300 + ".md"], ids=["nul", "long"])
def test_an_impossible_lesson_name_is_a_problem_at_its_line(tmp_path: Path, name: str) -> None:
    course_yaml = COURSE_YAML.replace("  - 01-first.md", f"  - 01-first.md\n  - {name}")
    source = read_course(make_course(tmp_path, course_yaml))
    [problem] = source.problems
    assert (problem.path.name, problem.line) == ("course.yaml", 13)
    assert problem.code is ContentCode.PATH_INVALID
    assert "无效" in describe_problem(problem)


@pytest.mark.parametrize("src", ["bad\0name.png", "y" * 300 + ".png"], ids=["nul", "long"])
def test_an_impossible_image_name_is_a_problem_at_its_line(tmp_path: Path, src: str) -> None:
    source = read_course(course_with_image(tmp_path, src))
    [problem] = source.problems
    assert (problem.path.name, problem.line) == ("01-first.md", IMAGE_LINE)
    assert problem.code is ContentCode.PATH_INVALID


# nh3 swallows an exception raised in its attribute filter; pytest still sees it, as this fails.
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(
    "src",
    ["bad%00name.png", "z" * 300 + ".png", "a/" * 3000 + "b.png"],
    ids=["nul", "long-name", "long-path"],
)
def test_the_reader_drops_an_image_with_an_impossible_name(tmp_path: Path, src: str) -> None:
    rendered = render_markdown(f"文字\n\n![图]({src})\n", tmp_path, tmp_path)
    assert "文字" in rendered.html
    assert "<img" not in rendered.html or "src=" not in rendered.html


# course.yaml that is not a file


def test_a_course_yaml_that_is_a_folder_is_a_problem_and_the_other_courses_load(
    tmp_path: Path,
) -> None:
    courses = tmp_path / "courses"
    make_course(courses, WITHOUT_QUIZ)
    broken = courses / "broken-course"
    (broken / "course.yaml").mkdir(parents=True)
    library = load_library([courses])
    assert [c.id for c in library.courses] == ["demo-course"]
    [problem] = errors_among(library.problems)
    assert problem.path == broken / "course.yaml"
    assert problem.code is ContentCode.FILE_NOT_REGULAR
    assert [u.folder for u in library.unavailable] == [broken]


def test_a_course_folder_named_directly_whose_course_yaml_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "course.yaml").mkdir()
    library = load_library([tmp_path])
    assert [p.code for p in library.problems] == [ContentCode.FILE_NOT_REGULAR]


# Links out of the folder and special files


def test_a_link_out_of_the_course_folder_is_reported_and_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0", encoding="utf-8")
    folder = make_course(tmp_path / "courses")
    (folder / "notes.txt").symlink_to(outside)
    source = read_course(folder)
    [problem] = source.problems
    assert problem.path == folder / "notes.txt"
    assert problem.code is ContentCode.LINK_OUTSIDE
    assert "notes.txt" in describe_problem(problem)


def test_a_link_to_a_special_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    folder = make_course(tmp_path)
    (folder / "assets").mkdir()
    (folder / "assets" / "mem.png").symlink_to("/proc/self/mem")
    source = read_course(folder)
    assert codes(source) == [ContentCode.LINK_OUTSIDE]


def test_a_lessons_folder_linked_out_of_the_course_is_not_read(tmp_path: Path) -> None:
    elsewhere = make_course(tmp_path / "elsewhere") / "lessons"
    folder = make_course(tmp_path / "courses")
    shutil.rmtree(folder / "lessons")
    (folder / "lessons").symlink_to(elsewhere, target_is_directory=True)
    source = read_course(folder)
    assert source.course.lessons == ()
    assert set(codes(source)) == {ContentCode.LINK_OUTSIDE, ContentCode.LESSON_FILE_MISSING}


def test_a_link_inside_the_folder_is_fine(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path, "chart.png")
    (folder / "assets" / "same-chart.png").symlink_to("chart.png")
    assert read_course(folder).problems == ()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("where", ["lessons/01-first.md", "assets/chart.png"])
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path, where: str) -> None:
    folder = course_with_image(tmp_path, "chart.png")
    (folder / where).unlink()
    os.mkfifo(folder / where)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(read_course(folder)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # release the blocked reader before failing
        os.close(os.open(folder / where, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading the course waited on a named pipe")
    assert ContentCode.FILE_NOT_REGULAR in codes(result[0])


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_an_unreadable_image_is_a_problem_naming_it(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path, "chart.png")
    (folder / "assets" / "chart.png").chmod(0)
    [problem] = read_course(folder).problems
    assert (problem.path.name, problem.line) == ("01-first.md", IMAGE_LINE)
    assert problem.code is ContentCode.FILE_UNREADABLE


# Size limits


def test_a_lesson_over_the_limit_is_a_problem(tmp_path: Path) -> None:
    big = LESSON + "长" * (files.LESSON_LIMIT // 3 + 1)
    source = read_course(make_course(tmp_path, lessons={"01-first.md": big}))
    [problem] = source.problems
    assert problem.path.name == "01-first.md"
    assert problem.code is ContentCode.FILE_TOO_LARGE
    assert "1024 KiB" in describe_problem(problem)


def test_a_course_yaml_over_the_limit_is_a_problem(tmp_path: Path) -> None:
    big = COURSE_YAML + "#" * files.YAML_LIMIT
    source = read_course(make_course(tmp_path, big))
    assert source.course is None
    assert codes(source) == [ContentCode.FILE_TOO_LARGE]


def test_an_image_over_the_limit_is_a_problem_at_its_line(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path, "huge.png")
    with (folder / "assets" / "huge.png").open("r+b") as stream:
        stream.truncate(files.IMAGE_LIMIT + 1)  # sparse: costs no disk
    [problem] = errors_among(read_course(folder).problems)
    assert (problem.path.name, problem.line) == ("01-first.md", IMAGE_LINE)
    assert problem.code is ContentCode.FILE_TOO_LARGE


# What the content hash covers, and when files are read again


def test_the_hash_covers_the_images_a_lesson_uses(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path, "chart.png")
    before = read_course(folder).course.content_hash
    (folder / "assets" / "chart.png").write_bytes(b"PNG two, longer")
    assert read_course(folder).course.content_hash != before


def test_a_huge_file_the_course_does_not_use_is_not_read(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path, "chart.png")
    unused = folder / "assets" / "raw-footage.mov"
    with unused.open("wb") as stream:
        stream.truncate(200 * MiB)  # sparse: costs no disk
    before = read_course(folder)
    # Named as unused (a package would carry it), but never opened.
    assert codes(before) == [ContentCode.FILE_UNUSED]
    with unused.open("r+b") as stream:
        stream.write(b"changed")
    assert read_course(folder).course.content_hash == before.course.content_hash


def same_size_edit(path: Path, data: bytes) -> None:
    """Change a file's bytes but keep its size and modification time, as the digest cache keys."""
    stat = path.stat()
    assert len(data) == stat.st_size
    path.write_bytes(data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path, "chart.png", b"PNG one")
    before = read_course(folder).course.content_hash
    same_size_edit(folder / "assets" / "chart.png", b"PNG two")
    # Same size and time: the remembered digest stands (a real edit changes the time).
    assert read_course(folder).course.content_hash == before


def test_file_digests_are_remembered_between_starts(tmp_path: Path) -> None:
    folder = course_with_image(tmp_path / "courses", "chart.png", b"PNG one")
    cache = tmp_path / "data" / "library.pickle"
    before = load_library_cached([folder], cache).courses[0].content_hash
    files.DIGESTS.clear()  # a new start
    same_size_edit(folder / "assets" / "chart.png", b"PNG two")
    lesson = folder / "lessons" / "01-first.md"
    os.utime(lesson, ns=(lesson.stat().st_atime_ns, lesson.stat().st_mtime_ns + 10**9))
    # The lesson's new time makes the library be read again; the image's digest is remembered.
    assert load_library_cached([folder], cache).courses[0].content_hash == before


# Banks and drills are read the same way as course files


def bank_file(root: Path, text: str = "id: b\ntitle: 题库\nquestions: []\n") -> Path:
    quizzes = root / "quizzes"
    quizzes.mkdir(parents=True, exist_ok=True)
    path = quizzes / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bank_over_the_limit_is_a_problem_not_read_whole(tmp_path: Path) -> None:
    bank = bank_file(tmp_path, "id: b\ntitle: 题库\n" + "# 注释\n" * (files.YAML_LIMIT // 8))
    [problem] = load_library([bank]).problems
    assert (problem.path, problem.code) == (bank, ContentCode.FILE_TOO_LARGE)


def test_a_bank_linked_out_of_its_folder_is_reported_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("id: secret\ntitle: 外面的文件\nquestions: []\n", encoding="utf-8")
    quizzes = tmp_path / "content" / "quizzes"
    quizzes.mkdir(parents=True)
    (quizzes / "linked.yaml").symlink_to(secret)
    library = load_library([quizzes])
    assert [p.code for p in library.problems] == [ContentCode.LINK_OUTSIDE]
    assert not library.banks


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_bank_that_is_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    quizzes = tmp_path / "quizzes"
    quizzes.mkdir()
    os.mkfifo(quizzes / "pipe.yaml")
    result: list = []
    reader = threading.Thread(target=lambda: result.append(load_library([quizzes])), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():
        os.close(os.open(quizzes / "pipe.yaml", os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading the bank waited on a named pipe")
    assert [p.code for p in result[0].problems] == [ContentCode.FILE_NOT_REGULAR]
