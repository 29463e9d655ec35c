"""The administrator's overview driven as an administrator would: open it, filter, drill down."""

from __future__ import annotations

from datetime import date

import pytest

from literacy_app.content.model import Tier
from literacy_app.ui.admin.area import AdminArea
from literacy_app.ui.labels import tier_label
from tests.services.report_population import build, content_with_a_last_counted_course


@pytest.fixture
def area(app, qtbot, make_academy, content):
    academy = make_academy(*content_with_a_last_counted_course(content))
    population = build(academy, date.today())
    widget = AdminArea(academy)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    widget.show()
    widget.show_for(population.admin, "管理员")
    tab = widget.dashboard_tab
    qtbot.waitUntil(lambda: tab.figures is not None, timeout=20_000)
    return widget, population


def apply_and_wait(qtbot, tab) -> None:
    before = tab.figures
    tab.apply_button.click()
    qtbot.waitUntil(lambda: tab.figures is not before, timeout=20_000)


def test_the_overview_is_the_first_tab_and_shows_the_totals(area) -> None:
    widget, population = area
    tab = widget.dashboard_tab
    assert widget.tabs.widget(0) is tab
    rows = list(population.academy.reporting.course_rows(population.admin, tab.report_filter()))
    assert tab.tiles["enrolled"].figure.text() == str(len(rows))
    assert tab.tiles["learners"].figure.text() == str(len({r.learner_id for r in rows}))
    assert tab.tier_chart.categories == [tier_label(t) for t in Tier]
    assert tab.department.findData("甲省/一市") > 0  # every level of the tree is offered
    assert tab.export_button.isVisible()  # the place the export dialog will be wired to


def test_a_filter_changes_the_tiles_and_the_charts(area, qtbot) -> None:
    widget, population = area
    tab = widget.dashboard_tab
    everyone = tab.tiles["enrolled"].figure.text()
    tab.tier.setCurrentIndex(tab.tier.findData(Tier.LEADER))
    tab.department.setCurrentIndex(tab.department.findData("甲省"))
    apply_and_wait(qtbot, tab)
    rows = list(population.academy.reporting.course_rows(population.admin, tab.report_filter()))
    assert tab.tiles["enrolled"].figure.text() == str(len(rows)) != everyone
    assert tab.tier_chart.categories == [tier_label(Tier.LEADER)]
    # Departments are now shown one level below 甲省, the people at 甲省 itself as its own level.
    assert set(tab.department_chart.categories) <= {"一市", "二市", "（本级）"}
    completion = tab.tier_chart.series["完成率"][0]
    done = sum(1 for r in rows if r.completed_on)
    assert completion == pytest.approx(100 * done / len(rows))


def test_a_range_with_no_activity_shows_the_empty_state(area, qtbot) -> None:
    widget, _ = area
    tab = widget.dashboard_tab
    tab.use_dates.setChecked(True)
    tab.start.setDate(tab.start.date().addYears(-5))
    tab.end.setDate(tab.start.date().addDays(3))
    apply_and_wait(qtbot, tab)
    assert tab.tiles["enrolled"].figure.text() == "0"
    assert tab.empty.isVisible() and not tab.charts.isVisible()


def test_double_clicking_a_learner_behind_opens_their_record(area, qtbot) -> None:
    widget, population = area
    tab = widget.dashboard_tab
    assert tab.behind_table.rowCount() > 0
    name = tab.behind_table.item(0, 0).text()
    tab.behind_table.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: tab.detail_dialog is not None, timeout=10_000)
    dialog = tab.detail_dialog
    assert dialog.detail.profile.name == name
    learner_id = dialog.detail.profile.learner_id
    expected = [
        r.course_title
        for r in population.academy.reporting.course_rows(population.admin, tab.report_filter())
        if r.learner_id == learner_id
    ]
    assert [dialog.courses.item(n, 0).text() for n in range(dialog.courses.rowCount())] == expected
    assert any(
        "已逾期" in (dialog.courses.item(n, 2).text()) for n in range(dialog.courses.rowCount())
    ) or (tab.figures.behind[0].overdue == 0)
    dialog.close()


def test_the_export_button_exports_what_the_dashboard_shows(
    area, qtbot, tmp_path, message_boxes
) -> None:
    import csv

    widget, _ = area
    tab = widget.dashboard_tab
    tab.tier.setCurrentIndex(tab.tier.findData(Tier.OPERATOR))
    apply_and_wait(qtbot, tab)
    assert tab.export_button.isEnabled()
    tab.export_button.click()
    dialog = tab.export_dialog
    assert "政务运营团队" in dialog.scope.text()
    from literacy_app.services.reports import ReportFormat

    dialog.format.setCurrentIndex(dialog.format.findData(ReportFormat.CSV))
    target = tmp_path / "运营团队.csv"
    dialog.path.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    with target.open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))[1:]
    assert len(rows) == int(tab.tiles["enrolled"].figure.text()) > 0
    assert len(message_boxes) == 1 and str(target) in message_boxes.pop()


def test_the_drill_down_prints_the_learners_hours_record(
    area, qtbot, tmp_path, monkeypatch, message_boxes
) -> None:
    from PySide6.QtWidgets import QFileDialog

    widget, _ = area
    tab = widget.dashboard_tab
    tab.behind_table.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: tab.detail_dialog is not None, timeout=10_000)
    dialog = tab.detail_dialog
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda parent, title, suggested, *rest: (str(tmp_path / "证明.pdf"), "")),
    )
    dialog.print_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "证明.pdf").exists(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20_000)
    assert (tmp_path / "证明.pdf").read_bytes().startswith(b"%PDF")
    assert "证明.pdf" in message_boxes.pop()
    dialog.close()
