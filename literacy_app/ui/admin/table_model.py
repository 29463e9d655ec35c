"""A thin table model over a list of service results: each column is a header and a function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
# A cell the administrator must notice (overdue, locked): the accent colour, as badges use it.
ALERT = QColor("#8f1d1d")


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        alert: Callable[[T, int], bool] | None = None,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._alert = alert
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._alert
            and self._alert(row, index.column())
        ):
            return ALERT
        return None


def row_table(model: RowsModel) -> QTableView:
    """A read-only table that selects whole rows, columns sized to their contents."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def selected_row(table: QTableView, model: RowsModel[T]) -> T | None:
    rows = table.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None
