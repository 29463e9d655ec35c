"""A small course whose bank holds one question of every type, with the final-quiz rules a test wants."""

from __future__ import annotations

from pathlib import Path

BANK = """\
id: engine-bank
title: 引擎测试题库
questions:
  - id: eng-single
    type: single
    stem: 单选题？
    options: {A: 甲, B: 乙, C: 丙}
    answer: B
    explanation: 乙是正确的，因为题目问的就是乙，甲只是看起来相近。
    tags: [甲组]
    difficulty: easy
  - id: eng-multiple
    type: multiple
    stem: 多选题？
    options: {A: 甲, B: 乙, C: 丙, D: 丁}
    answer: [A, C, D]
    explanation: 甲、丙、丁都符合题意，乙只符合一半所以不选。
    points: 3
    tags: [甲组]
  - id: eng-truefalse
    type: truefalse
    stem: 判断题。
    answer: false
    explanation: 这个说法把两份文件的时限混在一起了，所以是错误的。
    tags: [乙组]
    difficulty: hard
  - id: eng-fill
    type: fill
    stem: 最迟 {{1}} 小时内发布权威信息，{{2}} 小时内举行发布会。
    blanks:
      - [5, 五]
      - [24, 二十四]
    points: 2
    explanation: 80号文件要求5小时内发布权威信息、24小时内举行新闻发布会。
    tags: [乙组]
  - id: eng-ordering
    type: ordering
    stem: 排出闭环的顺序。
    items: [内容生产, 多级审核, 精准发布, 舆情响应]
    explanation: 先生产内容，再逐级审核，然后精准发布，最后做好舆情响应，形成闭环。
    tags: [丙组]
  - id: eng-matching
    type: matching
    stem: 把文件与要求配对。
    pairs:
      - [61号文件, 48小时内回应]
      - [80号文件, 5小时内发布权威信息]
      - [政务公开工作要点, 主要负责人是第一新闻发言人]
    points: 3
    explanation: 61号管一般政务舆情的48小时，80号管重大事件的5小时，要点明确第一新闻发言人。
    tags: [丙组]
  - id: eng-case
    type: case
    stem: 阅读虚构案例后回答。
    case: （虚构）某县一则旧照片被说成今日灾情，迅速传播。
    tags: [丁组]
    questions:
      - id: eng-case-1
        type: single
        stem: 这属于哪类信息失序？
        options: {A: 虚假语境, B: 讽刺戏仿}
        answer: A
        explanation: 真实的旧照片被配上错误的时间地点，属于虚假语境。
      - id: eng-case-2
        type: truefalse
        stem: 应先核实再转发。
        answer: true
        explanation: 先停一停、查来源，再决定是否转发，是辨识信息的基本做法。
"""

COURSE = """\
id: engine-course
title: 引擎测试课程
summary: 用于测试测验引擎的课程。
version: "1"
hours: 1
tiers: {leader: required, operator: required, public: required}
lessons: [01-only.md]
final_quiz:
  banks: [engine-bank]
{rules}
"""

LESSON = """\
---
id: only
title: 唯一一课
minutes: 5
practice:
  questions: 2
  tags: [甲组]
---

## 正文

内容。
"""


def write_engine_content(root: Path, rules: str = "  questions: 7\n  pass_mark: 60") -> Path:
    course = root / "courses" / "engine-course"
    (course / "lessons").mkdir(parents=True, exist_ok=True)
    (course / "course.yaml").write_text(COURSE.replace("{rules}", rules), encoding="utf-8")
    (course / "lessons" / "01-only.md").write_text(LESSON, encoding="utf-8")
    (root / "quizzes").mkdir(exist_ok=True)
    (root / "quizzes" / "engine-bank.yaml").write_text(BANK, encoding="utf-8")
    return root


RIGHT = {
    "eng-single": "B",
    "eng-multiple": ["A", "C", "D"],
    "eng-truefalse": False,
    "eng-fill": ["五", "２４"],
    "eng-ordering": [0, 1, 2, 3],
    "eng-matching": [0, 1, 2],
    "eng-case-1": "A",
    "eng-case-2": True,
}
