"""Where to save a file the user asked for (issue 13): one way for every save dialog.

The file dialog asks before replacing the file the user picked -- but a name typed without
its suffix ("contacts") is then completed to "contacts.vcf", a file the dialog never saw:
that one is asked about here. A read-only file is replaced only if the user says so (the
write itself refuses otherwise, ``desktop.files.ReadOnlyTarget``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop import files

translate = QCoreApplication.translate


def ask_replace(parent: QWidget | None, title: str, text: str, detail: str) -> bool:
    """Ask once, Replace or Cancel (Cancel is the default); tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    replace = box.addButton(translate("SavePath", "Replace"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace


def confirm_target(parent: QWidget | None, title: str, typed: Path, suffix: str
                   ) -> tuple[Path, bool] | None:
    """The file to write for the name *typed* in a save dialog: *suffix* (".vcf") added
    when the name has none, after asking about a file of that name the dialog did not ask
    about, and about a read-only one. Returns (path, replace_read_only), or None when the
    user would rather not replace it."""
    path = typed if typed.suffix else typed.with_name(typed.name + suffix)
    if path != typed and path.exists() and not files.is_read_only(path):
        text = translate("SavePath", "“{name}” already exists. Replace it?").format(
            name=path.name)
        detail = translate("SavePath", "A file with that name is already in {folder}; "
                           "replacing it overwrites what it holds.").format(folder=path.parent)
        if not ask_replace(parent, title, text, detail):
            return None
    if files.is_read_only(path):
        text = translate("SavePath", "“{name}” is read-only. Replace it anyway?").format(
            name=path.name)
        detail = translate("SavePath", "Someone made it read-only, perhaps to keep it as it is.")
        if not ask_replace(parent, title, text, detail):
            return None
        return path, True
    return path, False


def ask_save_path(parent: QWidget | None, title: str, start: Path, name_filter: str,
                  suffix: str) -> tuple[Path, bool] | None:
    """Ask where to save (starting at *start*), then ``confirm_target``."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not name:
        return None
    return confirm_target(parent, title, Path(name), suffix)
