"""Finding the course a use case needs, or telling the user plainly that it is not there."""

from __future__ import annotations

from literacy_app.content.library import Library
from literacy_app.content.model import Course
from literacy_app.services.errors import NotAvailable, ServiceCode


def require_course(library: Library, course_id: str) -> Course:
    try:
        return library.course(course_id)
    except KeyError:
        raise NotAvailable(ServiceCode.COURSE_UNAVAILABLE, course=course_id) from None
