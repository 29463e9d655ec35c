"""Lesson Markdown becomes safe HTML: no script, no handlers, no remote anything."""

from __future__ import annotations

from pathlib import Path

from literacy_app.content.render import render_markdown

HOSTILE = """\
## 第一节

<script>alert("x")</script>

<img src="x.png" onerror="alert(1)">

<img src="https://tracker.example.com/pixel.png">

![远程图片](http://example.com/remote.png)

[点我](javascript:alert(1)) [外链](https://example.com) [本节](#第一节)

<a href="https://example.com" onclick="steal()">诱导链接</a>

<iframe src="https://example.com"></iframe><style>body{display:none}</style>

<p style="background:url(https://example.com/bg.png)">带样式</p>
"""


def render(tmp_path: Path, text: str):
    lessons = tmp_path / "course" / "lessons"
    lessons.mkdir(parents=True)
    return render_markdown(text, lessons, tmp_path / "course")


def test_hostile_markup_renders_none_of_its_tricks(tmp_path: Path) -> None:
    html = render(tmp_path, HOSTILE).html
    lowered = html.lower()
    for forbidden in ("<script", "alert", "onerror", "onclick", "javascript:", "http://", "https://",
                      "<iframe", "<style", "style=", "steal"):  # fmt: skip
        assert forbidden not in lowered, forbidden
    assert "点我" in html and "外链" in html and "诱导链接" in html  # the words stay, the links go
    assert 'href="#第一节"' in html  # in-lesson anchors keep working


def test_local_images_become_file_urls_and_missing_ones_lose_their_source(tmp_path: Path) -> None:
    course = tmp_path / "course"
    (course / "assets").mkdir(parents=True)
    (course / "assets" / "chart.png").write_bytes(b"png")
    (course / "lessons").mkdir()
    html = render_markdown(
        "![图](../assets/chart.png) ![无](../assets/none.png)", course / "lessons", course
    ).html
    assert f'src="{(course / "assets" / "chart.png").resolve().as_uri()}"' in html
    assert html.count("src=") == 1


def test_headings_tables_lists_emphasis_and_code(tmp_path: Path) -> None:
    text = "## 一、总述\n\n### 细节\n\n| 文件 | 时限 |\n|---|---:|\n| 甲 | 5 小时 |\n\n- **重点**\n- *强调*\n\n`代码`\n"
    result = render(tmp_path, text)
    assert [(h.level, h.title) for h in result.headings] == [(2, "一、总述"), (3, "细节")]
    assert result.headings[0].anchor and f'id="{result.headings[0].anchor}"' in result.html
    for tag in (
        "<table>",
        "<th>",
        '<td align="right">',
        "<ul>",
        "<strong>重点</strong>",
        "<em>强调</em>",
        "<code>代码</code>",
    ):
        assert tag in result.html, tag
