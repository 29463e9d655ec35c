"""Learning records as xAPI 1.0.3 statements, for a learning record store (LRS).

Each record becomes statements with ADL verbs: a lesson read is `experienced` (with the active
reading time) and, once finished, `completed`; every answer saved is `answered`; a handed-in final
quiz is `passed` or `failed` (with its score); a course finished is `completed`. Actors are accounts
of this installation (no names or phone numbers leave it), activities are URNs made from the
content's stable ids, and each statement's id is a UUIDv5 of the record's id and the verb, so a
second export of the same records gives the same ids and an LRS does not store them twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

XAPI_VERSION = "1.0.3"
# The namespace of this program's statement ids (a UUIDv5 of its name in the URL namespace).
STATEMENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:literacy-app:xapi-statement")
VERB_ROOT = "http://adlnet.gov/expapi/verbs/"
VERBS: dict[str, dict[str, str]] = {
    "experienced": {"zh-CN": "学习了", "en-US": "experienced"},
    "answered": {"zh-CN": "作答了", "en-US": "answered"},
    "completed": {"zh-CN": "完成了", "en-US": "completed"},
    "passed": {"zh-CN": "通过了", "en-US": "passed"},
    "failed": {"zh-CN": "未通过", "en-US": "failed"},
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
}


@dataclass(frozen=True)
class LessonRecord:
    record_id: uuid.UUID
    learner_id: uuid.UUID
    course_id: str
    lesson_id: str
    started_at: datetime
    completed_at: datetime | None
    active_seconds: int


@dataclass(frozen=True)
class AnswerRecord:
    record_id: uuid.UUID
    learner_id: uuid.UUID
    course_id: str
    question_id: str
    response: object
    answered_at: datetime


@dataclass(frozen=True)
class FinalAttemptRecord:
    record_id: uuid.UUID
    learner_id: uuid.UUID
    course_id: str
    started_at: datetime
    submitted_at: datetime
    earned: float
    possible: int
    passed: bool


@dataclass(frozen=True)
class CourseCompletion:
    learner_id: uuid.UUID
    course_id: str
    completed_at: datetime


@dataclass(frozen=True)
class Titles:
    """Activity names where the content still has them (an LRS shows them; ids are what count)."""

    courses: dict[str, str]
    lessons: dict[tuple[str, str], str]


def course_iri(course_id: str) -> str:
    return f"urn:literacy-app:course:{course_id}"


def lesson_iri(course_id: str, lesson_id: str) -> str:
    return f"urn:literacy-app:lesson:{course_id}/{lesson_id}"


def question_iri(question_id: str) -> str:
    return f"urn:literacy-app:question:{question_id}"


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration, as xAPI wants it: PT1H2M3S (seconds to a hundredth at most)."""
    seconds = max(0.0, round(seconds, 2))
    hours, rest = divmod(seconds, 3600)
    minutes, rest = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{int(hours)}H"
    if minutes:
        text += f"{int(minutes)}M"
    if rest or text == "PT":
        text += f"{rest:g}S"
    return text


def timestamp(moment: datetime) -> str:
    """ISO 8601 with the zone; stored times are UTC (SQLite forgets the zone, so it is put back)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def statement_id(record_key: str, verb: str) -> str:
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"{record_key}|{verb}"))


class StatementMaker:
    """Makes the statements of one installation's records."""

    def __init__(self, installation_id: str, titles: Titles) -> None:
        self.home_page = f"urn:literacy-app:installation:{installation_id}"
        self.titles = titles

    def _actor(self, learner_id: uuid.UUID) -> dict[str, Any]:
        return {
            "objectType": "Agent",
            "account": {"homePage": self.home_page, "name": str(learner_id)},
        }

    def _activity(self, iri: str, kind: str, name: str | None) -> dict[str, Any]:
        definition: dict[str, Any] = {"type": ACTIVITY_TYPES[kind]}
        if name:
            definition["name"] = {"zh-CN": name}
        return {"objectType": "Activity", "id": iri, "definition": definition}

    def _course(self, course_id: str) -> dict[str, Any]:
        return self._activity(course_iri(course_id), "course", self.titles.courses.get(course_id))

    def _statement(
        self,
        key: str,
        verb: str,
        learner_id: uuid.UUID,
        activity: dict[str, Any],
        moment: datetime,
        result: dict[str, Any] | None = None,
        parent: str | None = None,
    ) -> dict[str, Any]:
        statement: dict[str, Any] = {
            "id": statement_id(key, verb),
            "actor": self._actor(learner_id),
            "verb": {"id": VERB_ROOT + verb, "display": VERBS[verb]},
            "object": activity,
        }
        if result is not None:
            statement["result"] = result
        context: dict[str, Any] = {"platform": "literacy-app", "language": "zh-CN"}
        if parent is not None:
            context["contextActivities"] = {
                "parent": [self._course(parent)],
            }
        statement["context"] = context
        statement["timestamp"] = timestamp(moment)
        return statement

    def lesson(self, record: LessonRecord) -> Iterator[dict[str, Any]]:
        name = self.titles.lessons.get((record.course_id, record.lesson_id))
        activity = self._activity(lesson_iri(record.course_id, record.lesson_id), "lesson", name)
        duration = iso_duration(record.active_seconds)
        key = str(record.record_id)
        yield self._statement(
            key, "experienced", record.learner_id, activity, record.started_at,
            {"duration": duration}, record.course_id,
        )  # fmt: skip
        if record.completed_at is not None:
            yield self._statement(
                key, "completed", record.learner_id, activity, record.completed_at,
                {"completion": True, "duration": duration}, record.course_id,
            )  # fmt: skip

    def answer(self, record: AnswerRecord) -> dict[str, Any]:
        response = json.dumps(record.response, ensure_ascii=False, separators=(",", ":"))
        return self._statement(
            str(record.record_id), "answered", record.learner_id,
            self._activity(question_iri(record.question_id), "question", None),
            record.answered_at, {"response": response}, record.course_id,
        )  # fmt: skip

    def final_attempt(self, record: FinalAttemptRecord) -> dict[str, Any]:
        possible = max(record.possible, 0)
        raw = min(max(record.earned, 0.0), float(possible))
        score = {"scaled": round(raw / possible, 4) if possible else 0.0, "raw": raw, "min": 0}
        score["max"] = possible
        seconds = (record.submitted_at - record.started_at).total_seconds()
        return self._statement(
            str(record.record_id), "passed" if record.passed else "failed", record.learner_id,
            self._course(record.course_id), record.submitted_at,
            {"score": score, "success": record.passed, "completion": True,
             "duration": iso_duration(seconds)},
        )  # fmt: skip

    def course_completion(self, record: CourseCompletion) -> dict[str, Any]:
        return self._statement(
            f"course|{record.learner_id}|{record.course_id}", "completed", record.learner_id,
            self._course(record.course_id), record.completed_at, {"completion": True},
        )  # fmt: skip


def write_statements(path: Path, statements: Iterable[dict[str, Any]]) -> int:
    """Write the statements as one JSON array, one statement a line; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        stream.write("[")
        for statement in statements:
            stream.write(",\n" if count else "\n")
            stream.write(json.dumps(statement, ensure_ascii=False, separators=(",", ":")))
            count += 1
        stream.write("\n]\n")
    return count
