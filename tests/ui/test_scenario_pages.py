"""A drill in the window: each run shows its choices in its own order, and the ending follows the
path taken, not only the last decision."""

from __future__ import annotations

from literacy_app.content.model import Tier

from ..drills import write_branching


class _Click:
    def accept(self) -> None:
        pass


def click(run_page, choice_id: str) -> None:
    [card] = [c for c in run_page.choice_cards if c.choice_id == choice_id]
    card.mousePressEvent(_Click())


def revealed(run_page) -> list[str]:
    """The texts of the reveal cards the stage shows now."""
    layout = run_page._reveal
    cards = [layout.itemAt(n).widget() for n in range(layout.count())]
    return [w.text() for card in cards for w in card.findChildren(type(run_page.prompt))]


def test_each_run_has_its_order_and_the_ending_follows_the_path(
    tmp_path, make_academy, open_window
):
    academy = make_academy(write_branching(tmp_path / "content"))
    academy.learners.create("学员", "", Tier.PUBLIC)
    window = open_window(academy)
    run = window.scenario_run_page
    debrief = window.debrief_page
    orders = []
    for _ in range(6):
        window.start_scenario("branch-drill")
        shown = [card.choice_id for card in run.choice_cards]
        assert shown == [choice_id for choice_id, _ in run.view.choices]
        assert [card.text.text()[:2] for card in run.choice_cards] == ["A.", "B.", "C.", "D."]
        orders.append(tuple(shown))
        window.start_scenario("branch-drill")  # leaving and coming back keeps the order
        assert [card.choice_id for card in run.choice_cards] == shown
        click(run, "forward")
        assert "有人问你为什么转发。" in revealed(run)
        click(run, "correct")
        assert window.stack.currentWidget() is debrief
        # Correcting at the end does not undo the forwarding: not the best ending.
        assert debrief.ending_title.text() == "结局：余波"
        assert debrief.grade_note.text().startswith("这不是最好的结局")
    assert len(set(orders)) > 1, "six runs in one order: once in 24**5 by chance"

    debrief.again_button.click()
    click(run, "verify")
    assert revealed(run)[-1] == "大家在讨论。"
    click(run, "correct")
    assert debrief.ending_title.text() == "结局：平稳"
    assert debrief.grade_note.text() == "这是本推演最好的结局。"
    decisions = [w.text() for w in debrief.findChildren(type(debrief.ending_title))]
    assert "你的决定：先核实。" in decisions and "你的决定：公开更正。" in decisions
