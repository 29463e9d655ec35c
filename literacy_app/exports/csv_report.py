"""The completion report as CSV: the learner × course table, for any spreadsheet or script.

UTF-8 with a byte-order mark, because Excel in a Chinese locale reads a CSV without one as GBK and
shows every name garbled. Dates and times are ISO 8601 (times with their offset), numbers plain.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from literacy_app.exports.table import COLUMNS, Cell, RecordRow, cells


def csv_value(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_csv(path: Path, rows: Iterable[RecordRow]) -> int:
    """Write the table to `path`; returns the number of rows written."""
    count = 0
    # newline="": the csv module writes its own \r\n, as RFC 4180 and Excel expect.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([column.header for column in COLUMNS])
        for row in rows:
            writer.writerow([csv_value(value) for value in cells(row)])
            count += 1
    return count
