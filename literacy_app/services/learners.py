"""Learner profiles: creating one, knowing who is studying, switching."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from literacy_app.content.model import Tier
from literacy_app.services.errors import NotAvailable, UserInputError
from literacy_app.store import records
from literacy_app.store.models import Learner, utc_now

NAME_LIMIT = 100
DEPARTMENT_LIMIT = 200


@dataclass(frozen=True)
class LearnerView:
    id: uuid.UUID
    name: str
    department: str
    tier: Tier


def _view(learner: Learner) -> LearnerView:
    return LearnerView(learner.id, learner.name, learner.department, Tier(learner.tier))


class LearnerService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def current(self) -> LearnerView | None:
        """The learner who studied most recently on this installation, if any."""
        with self._sessions() as session:
            learner = records.most_recent_learner(session)
            return _view(learner) if learner else None

    def all(self) -> list[LearnerView]:
        with self._sessions() as session:
            return [_view(learner) for learner in records.all_learners(session)]

    def create(self, name: str, department: str, tier: Tier | str) -> LearnerView:
        name, department = name.strip(), department.strip()
        if not name:
            raise UserInputError("请填写姓名。")
        if len(name) > NAME_LIMIT:
            raise UserInputError(f"姓名最多 {NAME_LIMIT} 个字。")
        if len(department) > DEPARTMENT_LIMIT:
            raise UserInputError(f"单位或部门最多 {DEPARTMENT_LIMIT} 个字。")
        try:
            tier = Tier(tier)
        except ValueError:
            raise UserInputError("请选择学员类别：领导干部、政务运营团队或公众。") from None
        with self._sessions.begin() as session:
            learner = Learner(name=name, department=department, tier=tier.value)
            session.add(learner)
            session.flush()
            return _view(learner)

    def switch_to(self, learner_id: uuid.UUID) -> LearnerView:
        with self._sessions.begin() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotAvailable("该学员档案不存在。")
            learner.last_active_at = utc_now()
            return _view(learner)
