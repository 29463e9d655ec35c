"""The CSV completion report: UTF-8 with a byte-order mark, the same columns, neutralised text."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from literacy_app.exports.csv_report import write_csv

from .expected import expected_values
from .sample import HOSTILE_NAMES, make_rows


def iso(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def test_every_row_as_iso_text_behind_a_byte_order_mark(tmp_path: Path) -> None:
    rows = make_rows()
    path = tmp_path / "report.csv"
    assert write_csv(path, rows) == len(rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel in a Chinese locale reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream))
    assert read[0][0] == "学员" and len(read[0]) == 17
    assert len(read) == len(rows) + 1
    for row, cells in zip(rows, read[1:], strict=True):
        wanted = [iso(v) for v in expected_values(row)]
        # Times carry their offset, so a reader anywhere knows when they were.
        if row.first_activity:
            wanted[13] = row.first_activity.astimezone().isoformat(timespec="seconds")
            assert datetime.fromisoformat(cells[13]) == row.first_activity
        if row.last_activity:
            wanted[14] = row.last_activity.astimezone().isoformat(timespec="seconds")
        assert cells == wanted


def test_no_cell_begins_with_a_formula_character(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv(path, make_rows())
    with path.open(encoding="utf-8-sig", newline="") as stream:
        body = list(csv.reader(stream))[1:]
    starts = {cell[:1] for row in body for cell in row}
    assert not starts & {"=", "+", "-", "@", "\t", "\r"}
    names = {row[0] for row in body}
    assert {"'" + name.strip("\t\r") for name in HOSTILE_NAMES[:4]} <= names
