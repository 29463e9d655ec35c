"""The audit log as an administrator reads it: newest first, who, what, on whom, in words."""

from __future__ import annotations

from datetime import date

import pytest

from literacy_app.content.model import Tier
from literacy_app.services.errors import Refused
from literacy_app.ui.admin.area import AdminArea


def test_the_log_lists_administrative_actions_newest_first(app, qtbot, academy) -> None:
    admin = academy.accounts.create_first_administrator("王管理", "password-123")
    view, learner = academy.learners.create("李文", "青川县融媒体中心", Tier.OPERATOR)
    academy.assignments.set_hour_target(admin, date.today().year, Tier.LEADER, 24)
    academy.learners.set_pin(learner, "2468")
    academy.learners.clear_pin(admin, view.id)
    area = AdminArea(academy)
    qtbot.addWidget(area)
    area.show_for(admin, "王管理")
    area.tabs.setCurrentWidget(area.audit_tab)
    model = area.audit_tab.model
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[-1][1:] == ["（安装时）", "创建管理员账户", "王管理"]
    target = next(row for row in rows if row[2] == "设定学时目标")
    assert target[1] == "王管理"
    assert "领导干部" in target[3] and "leader" not in target[3]
    assert rows[0][2] == "重置学员密码" and rows[0][3] == "李文"
    assert [row[0] for row in rows] == sorted((row[0] for row in rows), reverse=True)
    assert area.audit_tab.table.isVisibleTo(area) and not area.audit_tab.empty.isVisibleTo(area)
    with pytest.raises(Refused):
        academy.audit.entries(learner)
