"""Regression: PySide6 6.12.0 dropped a reference to None every time C++ called a Python
``data()`` that returned None. Searching 100,000 contacts repainted the list often enough
to take None's count to zero and abort the interpreter ("none_dealloc"). Every item
model here returns None for roles it does not serve, so the Qt binding must not do that.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class _NoneModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_returning_none_from_data_keeps_none_alive(qapp: object) -> None:
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        index.data(Qt.ItemDataRole.ToolTipRole)  # C++ calls the Python override
    assert sys.getrefcount(None) >= before - 10
