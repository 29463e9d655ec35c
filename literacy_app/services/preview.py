"""A trainer's live preview of a course folder: its lessons rendered as the reader shows them, and
every problem the validator finds, read again whenever a file changes.

No learner, no database: a preview records nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from literacy_app.content.courses import COURSE_FILE, LESSONS_DIR, read_course
from literacy_app.content.library import Library, discover, load_library
from literacy_app.content.model import Course
from literacy_app.content.problems import Problem
from literacy_app.content.render import RENDER_SECONDS, render_lesson
from literacy_app.services.authoring import PreviewSource, preview_source
from literacy_app.services.errors import NotAvailable, ServiceCode
from literacy_app.services.learning import LessonView


@dataclass(frozen=True)
class PreviewLesson:
    """A lesson as the preview lists it; the file identifies it while its id is being edited."""

    path: Path
    lesson_id: str
    title: str


@dataclass(frozen=True)
class PreviewState:
    """The course as last read: its title (None when course.yaml cannot be read), its lessons, and
    every problem, errors and warnings alike."""

    title: str | None
    lessons: tuple[PreviewLesson, ...]
    problems: tuple[Problem, ...]


class CoursePreview:
    """Reads one course folder (and the banks around it) on demand; raises UserInputError when
    `path` holds no course or several."""

    def __init__(self, path: Path) -> None:
        self.source: PreviewSource = preview_source(path)
        self._course: Course | None = None

    @property
    def folder(self) -> Path:
        return self.source.course_folder

    def reload(self) -> PreviewState:
        """Read everything again: what a save changed shows at once, problems included."""
        library = load_library(self.source.content_paths)
        self._course = read_course(self.folder).course
        lessons = tuple(
            PreviewLesson(lesson.path, lesson.id, lesson.title)
            for lesson in (self._course.lessons if self._course else ())
        )
        title = self._course.title if self._course else None
        return PreviewState(title, lessons, self._own_problems(library))

    def _own_problems(self, library: Library) -> tuple[Problem, ...]:
        """Every problem but those of banks that were read and that this course does not draw from:
        a shipped course's folder sits beside every other course's banks. (A bank that cannot be
        read keeps its problems: it may be the one this course needs.)"""
        course = self._course
        bank_ids = set(course.spec.final_quiz.banks if course and course.spec.final_quiz else ())
        for lesson in course.lessons if course else ():
            if lesson.meta.practice is not None:
                bank_ids.update(lesson.meta.practice.banks)
        others = {bank.path for bank_id, bank in library.banks.items() if bank_id not in bank_ids}
        return tuple(p for p in library.problems if p.path not in others)

    def lesson_view(self, path: Path) -> LessonView:
        """The lesson in `path` rendered as the reader renders it; raises ContentError when it
        cannot be, NotAvailable when the course (as last read) has no such lesson."""
        course = self._course
        lessons = course.lessons if course else ()
        index = next((i for i, lesson in enumerate(lessons) if lesson.path == path), None)
        if course is None or index is None:
            raise NotAvailable(ServiceCode.LESSON_GONE, lesson=path.name)
        lesson = lessons[index]
        rendered = render_lesson(lesson, course, seconds=RENDER_SECONDS)
        return LessonView(
            course_id=course.id,
            course_title=course.title,
            lesson_id=lesson.id,
            title=lesson.title,
            minutes=lesson.meta.minutes,
            objectives=lesson.meta.objectives,
            html=rendered.html,
            headings=rendered.headings,
            course_folder=course.folder,
            completed=False,
            previous_id=lessons[index - 1].id if index > 0 else None,
            next_id=lessons[index + 1].id if index + 1 < len(lessons) else None,
            position=index + 1,
            count=len(lessons),
            has_practice=lesson.meta.practice is not None,
        )

    def lesson_path(self, lesson_id: str) -> Path | None:
        """The file of the lesson with this id, for a link between lessons."""
        for lesson in self._course.lessons if self._course else ():
            if lesson.id == lesson_id:
                return lesson.path
        return None

    def watched_paths(self) -> list[Path]:
        """The folders and files whose change should reload the preview: the course folder, its
        lessons and assets, and the banks. Folders are watched too, because editors save by
        writing a new file and renaming it over the old one."""
        folder = self.folder
        paths = [folder, folder / COURSE_FILE]
        for sub in (folder / LESSONS_DIR, folder / "assets"):
            if sub.is_dir():
                paths.append(sub)
                paths += sorted(p for p in sub.iterdir() if p.is_file())
        found = discover([p for p in self.source.content_paths if p != folder])
        paths += found.banks
        paths += {bank.parent for bank in found.banks}
        return [p for p in dict.fromkeys(paths) if p.exists()]
