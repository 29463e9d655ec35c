"""Bar and line charts for the dashboard, drawn with pyqtgraph.

Why pyqtgraph rather than QtCharts: QtCharts ships only in PySide6-Addons, one wheel a bundle would
carry whole: 175.3 MB (pyside6_addons-6.11.3 manylinux x86_64, `pip download`, November 2026).
pyqtgraph is 1.9 MB of pure Python (0.14.0 wheel) plus numpy (16.9 MB wheel, 2.4.6 cp311); it
draws through QPainter with Qt's own fonts, so Chinese labels need nothing extra, and is maintained.

Each chart keeps the figures it shows (`categories`, `series`) so a test can read what is drawn.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from literacy_app.ui.theme import ACCENT
from literacy_app.ui.widgets import label

# The accent first, then calm neutrals, so a chart never shouts in many colours.
PALETTE = (ACCENT, "#5b6f8a", "#b9a37a", "#8a8f96")
GRID_ALPHA = 0.15
# Long names (departments, course titles) are cut so the axis keeps room for the bars.
LABEL_CHARS = 14


def _styled_plot(plot: pg.PlotWidget) -> pg.PlotItem:
    plot.setBackground("w")
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.getViewBox().setMouseEnabled(x=False, y=False)
    font = QFont(plot.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setTextPen(pg.mkPen("#50545a"))
        axis.setPen(pg.mkPen("#c8cbd0"))
        axis.setStyle(tickFont=font)
    item.showGrid(x=False, y=True, alpha=GRID_ALPHA)
    return item


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


class ChartCard(QFrame):
    """A titled card holding one chart."""

    def __init__(self, title: str, *, height: int = 240) -> None:
        super().__init__()
        self.setObjectName("card")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        # Title and key wrap, and the key sits under the title: two charts side by side must fit
        # a 1200-pixel window in any language, and the key above the plot never covers a bar.
        self.title = label(title, "sectionTitle")
        box.addWidget(self.title)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setObjectName("muted")
        self.key.setWordWrap(True)
        box.addWidget(self.key)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(height)
        self.item = _styled_plot(self.plot)
        box.addWidget(self.plot, 1)
        self.categories: list[str] = []
        self.series: dict[str, list[float]] = {}

    def _reset(self, categories: Sequence[str], names: Sequence[str]) -> None:
        self.item.clear()
        self.categories = list(categories)
        self.series = {}
        self.key.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f'<span style="color:{PALETTE[n % len(PALETTE)]}">■</span>&nbsp;{html.escape(name)}'
                for n, name in enumerate(names)
            )
        )


class BarChart(ChartCard):
    """Grouped bars, one group per category; `horizontal` puts long category names on the left."""

    def __init__(
        self, title: str, *, horizontal: bool = False, percent: bool = False, height: int = 240
    ) -> None:
        super().__init__(title, height=height)
        self.horizontal = horizontal
        self.percent = percent
        self.item.showGrid(x=horizontal, y=not horizontal, alpha=GRID_ALPHA)

    def set_data(self, categories: Sequence[str], series: dict[str, Sequence[float]]) -> None:
        self._reset(categories, list(series))
        count = len(series) or 1
        width = 0.8 / count
        positions = np.arange(len(categories), dtype=float)
        for n, (name, values) in enumerate(series.items()):
            shown = [float(v) * (100.0 if self.percent else 1.0) for v in values]
            self.series[name] = shown
            offset = positions - 0.4 + width * (n + 0.5)
            colour = QColor(PALETTE[n % len(PALETTE)])
            if self.horizontal:
                bars = pg.BarGraphItem(
                    x0=0,
                    y=offset,
                    height=width * 0.9,
                    width=shown,
                    brush=colour,
                    pen=None,
                    name=name,
                )
            else:
                bars = pg.BarGraphItem(
                    x=offset, height=shown, width=width * 0.9, brush=colour, pen=None, name=name
                )
            self.item.addItem(bars)
        ticks = [[(float(i), _short(c)) for i, c in enumerate(categories)]]
        category_axis = self.item.getAxis("left" if self.horizontal else "bottom")
        category_axis.setTicks(ticks)
        self.item.getAxis("bottom" if self.horizontal else "left").setTicks(None)
        top = max((v for values in self.series.values() for v in values), default=0.0)
        limit = 100.0 if self.percent else max(1.0, top * 1.1)
        span = (-0.6, max(len(categories), 1) - 0.4)
        if self.horizontal:
            self.item.setRange(xRange=(0, limit), yRange=span, padding=0)
            self.item.getViewBox().invertY(True)  # the first category on top, as in a table
        else:
            self.item.setRange(xRange=span, yRange=(0, limit), padding=0)


class LineChart(ChartCard):
    """Lines over dated points (the weeks of the activity chart)."""

    def set_data(self, categories: Sequence[str], series: dict[str, Sequence[float]]) -> None:
        self._reset(categories, list(series))
        xs = np.arange(len(categories), dtype=float)
        for n, (name, values) in enumerate(series.items()):
            self.series[name] = [float(v) for v in values]
            pen = pg.mkPen(QColor(PALETTE[n % len(PALETTE)]), width=2)
            self.item.plot(xs, self.series[name], pen=pen, symbol="o", symbolSize=5,
                           symbolBrush=QColor(PALETTE[n % len(PALETTE)]), symbolPen=None)  # fmt: skip
        step = max(1, len(categories) // 8)  # every label would collide on a long range
        self.item.getAxis("bottom").setTicks(
            [[(float(i), c) for i, c in enumerate(categories) if i % step == 0]]
        )
        top = max((v for values in self.series.values() for v in values), default=0.0)
        self.item.setRange(
            xRange=(-0.5, max(len(categories), 1) - 0.5),
            yRange=(0, max(1.0, top * 1.15)),
            padding=0,
        )
