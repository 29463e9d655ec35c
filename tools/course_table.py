"""Print the README's table of shipped courses (title, tiers, hours, lessons, questions).

The README's copy is checked against this output by tests/test_curriculum.py, so after changing a
course run `python3 tools/course_table.py` and paste the table into README.md.
"""

from __future__ import annotations

from literacy_app.content.library import Library, load_library
from literacy_app.content.model import CaseQuestion, Requirement, Tier
from literacy_app.services.config import install_root

TIER_NAMES = {Tier.LEADER: "领导干部", Tier.OPERATOR: "政务运营团队", Tier.PUBLIC: "公众"}
REQUIREMENT_NAMES = {Requirement.REQUIRED: "必修", Requirement.ELECTIVE: "选修"}
HEADER = "| 课程 | 面向（修读要求） | 学时 | 课时 | 题库题数 |\n|---|---|---|---|---|"


def course_table(library: Library) -> str:
    rows = [HEADER]
    # Required for someone first, then by tier as the learning paths list them.
    for course in sorted(library.courses, key=_order):
        tiers = "、".join(
            f"{TIER_NAMES[tier]}（{REQUIREMENT_NAMES[need]}）"
            for need in Requirement
            for tier in Tier
            if course.spec.tiers.get(tier) is need
        )
        rule = course.spec.final_quiz
        banks = rule.banks if rule else ()
        questions = sum(
            len(q.questions) if isinstance(q, CaseQuestion) else 1
            for bank_id in banks
            for q in library.banks[bank_id].spec.questions
        )
        hours = f"{course.spec.hours:g}"
        rows.append(
            f"| {course.spec.title} | {tiers} | {hours} | {len(course.lessons)} | {questions} |"
        )
    return "\n".join(rows)


def _order(course) -> tuple[int, int, str]:
    tiers = course.spec.tiers
    required = [t for t in Tier if tiers.get(t) is Requirement.REQUIRED]
    first = list(Tier).index(required[0]) if required else len(Tier)
    return (first, 0 if required else 1, course.id)


if __name__ == "__main__":
    root = install_root()
    print(course_table(load_library([root / "courses", root / "quizzes", root / "scenarios"])))
