"""The parsed library is kept between runs and read again as soon as any content file changes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from literacy_app.content.model import Tier
from literacy_app.services import library_cache

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    """Records every real read of the content files."""
    calls: list[list[Path]] = []
    real = library_cache.load_library

    def spy(paths):
        calls.append(list(paths))
        return real(paths)

    monkeypatch.setattr(library_cache, "load_library", spy)
    return calls


def test_a_second_start_reads_the_library_from_the_cache(make_academy, content: Path, reads):
    first = make_academy(content).library()
    second = make_academy(content).library()
    assert len(reads) == 1
    assert [c.id for c in second.courses] == [c.id for c in first.courses]
    assert second.questions.keys() == first.questions.keys()
    assert second.courses[0].lessons[0].body == first.courses[0].lessons[0].body


def test_an_edited_course_is_read_again(make_academy, content: Path, reads):
    before = make_academy(content).library()
    course_yaml = sorted((content / "courses").iterdir())[0] / "course.yaml"
    text = course_yaml.read_text(encoding="utf-8")
    course_yaml.write_text(text.replace("hours:", "hourz:"), encoding="utf-8")  # same size
    stat = course_yaml.stat()
    # As saved a moment later: the test runs faster than the file system's clock ticks.
    os.utime(course_yaml, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    after = make_academy(content).library()
    assert len(reads) == 2
    assert len(after.courses) == len(before.courses) - 1
    assert any(str(course_yaml) in str(problem) for problem in after.problems)


def test_an_added_and_a_removed_file_are_noticed(make_academy, content: Path, reads):
    make_academy(content).library()
    bank = sorted((content / "quizzes").glob("*.yaml"))[0]
    bank.rename(content / "moved.txt")
    make_academy(content).library()
    (content / "moved.txt").rename(bank)
    restored = make_academy(content).library()
    assert len(reads) == 3
    assert not restored.problems


def test_a_damaged_cache_is_ignored_and_replaced(
    make_academy, content: Path, data_dir: Path, reads
):
    make_academy(content).library()
    cache = data_dir / "cache" / "library.pickle"
    cache.write_bytes(cache.read_bytes()[:200])
    library = make_academy(content).library()
    assert len(reads) == 2 and library.courses
    make_academy(content).library()
    assert len(reads) == 2  # rewritten whole by the second read


LEARNING_PATH_START = """
import sys
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

academy = Academy(AppConfig.resolve(sys.argv[1], None, [sys.argv[2]]))
path = academy.learning.learning_path(academy.learners.current())
loaded = {m.split(".")[0] for m in sys.modules}
print(len(path), *sorted(loaded & {"ruamel", "markdown", "nh3", "fsrs", "alembic"}))
"""


# What a start loads does not depend on where the records are; the start it runs uses the default.
@pytest.mark.sqlite_only
def test_a_start_from_the_cache_loads_no_yaml_parser_markdown_or_review_library(
    make_academy, content: Path, data_dir: Path
):
    academy = make_academy(content)
    academy.learners.create("测试", "", Tier.LEADER)
    academy.library()  # the cache is written, as by an earlier start
    academy.close()
    result = subprocess.run(
        [sys.executable, "-c", LEARNING_PATH_START, str(data_dir), str(content)],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    courses = len(academy.library().courses_for(Tier.LEADER))
    assert courses > 0
    assert result.stdout.split() == [str(courses)], result.stdout + result.stderr
