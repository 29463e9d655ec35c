"""Installation-wide settings an administrator chooses, stored as JSON values by key."""

from __future__ import annotations

from sqlalchemy.orm import Session

from literacy_app.store.models import Setting


def read_setting(session: Session, key: str, default: object = None) -> object:
    row = session.get(Setting, key)
    return default if row is None else row.value


def write_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
