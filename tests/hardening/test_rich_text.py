"""Rich-text safety (issue 7): markup in a contact's text is shown as text, never rendered,
wherever it appears: the list (cells and tooltips), the detail pane (labels and tooltips), the
import preview. What is checked is what a user would see: a label or tooltip Qt renders as
rich text is reduced to its visible text the way Qt would, and the name must be in it,
angle brackets and all. (The briefing PDF has its own test in tests/ui/test_briefing_pdf.py;
graph labels belong to the network view, tested with it.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.services.types import ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.importing.import_dialog import ImportPreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations

NAME = "<b>Bold</b> <img src=x>"
ORG = "<script>x</script>"


def visible(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The text a user sees for *text* shown in *fmt* (tooltips are AutoText)."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, visible text) for every label, button and tooltip under *root*."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel):
            out.append((where, visible(w.text(), w.textFormat())))
        elif isinstance(w, QAbstractButton):
            out.append((where + " text", w.text()))
        if w.toolTip():
            out.append((where + " tooltip", visible(w.toolTip())))
    return out


def model_texts(model: QAbstractItemModel, row: int) -> list[tuple[str, str]]:
    out = []
    for column in range(model.columnCount()):
        index = model.index(row, column)
        for role, label in ((Qt.ItemDataRole.DisplayRole, "cell"),
                            (Qt.ItemDataRole.ToolTipRole, "tooltip")):
            value = index.data(role)
            if isinstance(value, str):  # item views paint cells as plain text
                shown = visible(value) if label == "tooltip" else value
                out.append((f"column {column} {label}", shown))
    return out


def assert_literal(texts: list[tuple[str, str]], *needles: str, shown: bool = True) -> None:
    """Every text that mentions the contact shows the markup as typed (and, if *shown*,
    at least one does)."""
    mentions = [(w, t) for w, t in texts if "Bold" in t or "script" in t.lower()]
    assert mentions or not shown, "the contact is not shown at all"
    for where, text in mentions:
        assert any(n in text for n in needles), f"{where} renders markup: {text!r}"


def test_list_cells_and_tooltips_show_markup_as_text(
    qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    model = window.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(model.ContactIdRole) == sample_contacts["markup"])
    texts = model_texts(model, row)
    assert ("column 0 cell", NAME) in texts
    assert_literal(texts, NAME, ORG)

    window.contact_list.select_contact(sample_contacts["markup"])
    qtbot.waitUntil(lambda: window.detail.name_label.text() == NAME, timeout=30_000)
    assert_literal(shown_texts(window.detail), NAME, ORG, "<b>", "<script>")


def test_import_preview_shows_markup_as_text(qtbot, tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "markup.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:<b>Bold</b> <img src=x>\r\n"
        "ORG:<script>x</script>\r\nEMAIL:bold@example.org\r\nEND:VCARD\r\n", encoding="utf-8")
    dialog = ImportPreviewDialog(Operations(QUndoStack()), [path])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.start()
    model = dialog.table.model()
    assert model.rowCount() == 1
    assert_literal(model_texts(model, 0), NAME, ORG)
    assert_literal(shown_texts(dialog), NAME, ORG, shown=False)
