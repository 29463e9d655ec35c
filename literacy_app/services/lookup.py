"""Finding what a use case needs, or telling the user plainly that it is not there."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from literacy_app.content.library import Library
from literacy_app.content.model import Course
from literacy_app.services.errors import NotAvailable
from literacy_app.store.models import Learner


def require_course(library: Library, course_id: str) -> Course:
    try:
        return library.course(course_id)
    except KeyError:
        raise NotAvailable("该课程目前不可用，请联系培训管理员。") from None


def require_learner(session: Session, learner_id: uuid.UUID) -> Learner:
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise NotAvailable("该学员档案不存在。")
    return learner
