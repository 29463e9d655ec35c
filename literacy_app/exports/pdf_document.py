"""What every PDF the program prints shares: an embedded Chinese font and a footer on each page.

fpdf2 embeds only the glyphs a document uses (a subset), so a report stays small yet prints on a
machine without the font. The footer carries "第 N 页，共 M 页" and the time the file was made,
so a loose printed page still says where it belongs.
"""

from __future__ import annotations

from datetime import datetime

from fpdf import FPDF

from literacy_app.exports.fonts import FontFile
from literacy_app.exports.table import cleaned

FONT = "cjk"
MUTED = (110, 110, 110)
ACCENT = (140, 20, 30)  # the program's deep red, for titles
RULE = (200, 200, 200)


def made_at_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ChinesePdf(FPDF):
    """An A4 document in the given Chinese font with page numbers and the made-at time below."""

    def __init__(self, font: FontFile, made_at: datetime, *, landscape: bool) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.add_font(FONT, fname=str(font.path), collection_font_number=font.index)
        self.set_font(FONT, size=10)
        self.made_at = made_at
        self.set_margins(14, 14, 14)
        self.set_auto_page_break(auto=True, margin=16)
        self.alias_nb_pages("{nb}")
        self.set_creator("literacy-app")

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, size=8)
        self.set_text_color(*MUTED)
        half = (self.w - self.l_margin - self.r_margin) / 2
        self.cell(half, 5, f"制表时间：{made_at_text(self.made_at)}", align="L")
        self.cell(half, 5, f"第 {self.page_no()} 页，共 {{nb}} 页", align="R")
        self.set_text_color(0, 0, 0)

    def title_line(self, text: str, size: float = 16) -> None:
        self.set_font(FONT, size=size)
        self.set_text_color(*ACCENT)
        self.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(FONT, size=10)

    def label_lines(self, pairs: list[tuple[str, str]], size: float = 9.5) -> None:
        """`label：value` lines, the labels muted, a long value wrapping under itself."""
        self.set_font(FONT, size=size)
        for label, value in pairs:
            self.set_text_color(*MUTED)
            self.cell(28, 5.5, f"{label}：")
            self.set_text_color(0, 0, 0)
            self.multi_cell(0, 5.5, cleaned(value), new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, size=10)
