"""The completion report as CSV: the learner × course table, for any spreadsheet or script.

UTF-8 with a byte-order mark, because Excel in a Chinese locale reads a CSV without one as GBK and
shows every name garbled. Dates and times are ISO 8601 (times with their offset), numbers plain.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from literacy_app.exports.table import COLUMNS, Cell, Kind, RecordRow, cells


def _date(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _moment(value: datetime | None) -> str:
    return "" if value is None else value.isoformat(timespec="seconds")


def _plain(value: Cell) -> Cell:
    return "" if value is None else value


# One converter per column, chosen once: a 300,000-row report must not ask each cell its type.
_CONVERTERS: dict[Kind, Callable[[Any], object]] = {Kind.DATE: _date, Kind.MOMENT: _moment}


def write_csv(path: Path, rows: Iterable[RecordRow]) -> int:
    """Write the table to `path`; returns the number of rows written."""
    converters: list[Callable[[Any], object]] = [
        _CONVERTERS.get(column.kind, _plain) for column in COLUMNS
    ]
    count = 0
    # newline="": the csv module writes its own \r\n, as RFC 4180 and Excel expect.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([column.header for column in COLUMNS])
        for row in rows:
            values = cells(row)
            writer.writerow(
                [convert(value) for convert, value in zip(converters, values, strict=True)]
            )
            count += 1
    return count
