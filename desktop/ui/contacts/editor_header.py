"""The contact editor's head: the photo (choose, remove, preview) beside the name fields
(prefix, given, middle, family, suffix, full name, nickname).

Split from ``contact_editor.py`` (issue 14: no widget over ~500 lines); the dialog lays it
out first and reads the names and the photo from it when saving.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QImageWriter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.types import ContactFields
from desktop.ui.common.avatar import contact_pixmap
from desktop.ui.contacts.editor_fields import AlignedForm

PHOTO_MAX_SIDE = 768  # larger pictures are scaled down: a contact photo is shown at 72 px


def compose_full_name(fields: ContactFields) -> str:
    parts = (fields.prefix, fields.given_name, fields.additional_names, fields.family_name,
             fields.suffix)
    return " ".join(p.strip() for p in parts if p.strip())


def line_edit(text: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class NameHeader(QWidget):
    """Photo and names of the contact being edited.

    Private state: ``photo`` is the picture to show and, if ``photo_changed``, to save
    (None: no photo / remove it).
    """

    photo_refused = Signal(str)  # why the chosen file is not a picture Rapport can read
    photo_taken = Signal()  # a new picture was read

    def __init__(self, fields: ContactFields, photo: tuple[bytes, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.photo_changed = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        photo_col = QVBoxLayout()
        photo_col.setSpacing(6)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(96, 96)
        photo_col.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.choose_photo_button = QPushButton(self.tr("Choose…"))
        self.choose_photo_button.setAutoDefault(False)
        self.choose_photo_button.setToolTip(
            self.tr("Choose an image file for this contact's photo"))
        self.choose_photo_button.clicked.connect(self._choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove"))
        self.remove_photo_button.setAutoDefault(False)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_col.addWidget(self.choose_photo_button)
        photo_col.addWidget(self.remove_photo_button)
        photo_col.addStretch(1)
        row.addLayout(photo_col)

        f = fields
        form = AlignedForm()
        self.prefix_edit = line_edit(f.prefix, self.tr("Dr, Ms…"))
        self.given_edit = line_edit(f.given_name)
        self.additional_edit = line_edit(f.additional_names)
        self.family_edit = line_edit(f.family_name)
        self.suffix_edit = line_edit(f.suffix, self.tr("Jr, PhD…"))
        self.full_name_edit = line_edit(f.full_name)
        self.nickname_edit = line_edit(f.nickname)
        small = QHBoxLayout()
        small.setSpacing(6)
        small.addWidget(self.prefix_edit)
        suffix_label = QLabel(self.tr("Suffix"))
        suffix_label.setBuddy(self.suffix_edit)
        small.addWidget(suffix_label)
        small.addWidget(self.suffix_edit)
        form.addRow(self.tr("Given name"), self.given_edit)
        form.addRow(self.tr("Middle names"), self.additional_edit)
        form.addRow(self.tr("Family name"), self.family_edit)
        form.addRow(self.tr("Prefix"), small)
        self.prefix_edit.setAccessibleName(self.tr("Prefix"))
        form.addRow(self.tr("Full name"), self.full_name_edit)
        form.addRow(self.tr("Nickname"), self.nickname_edit)
        row.addLayout(form, 1)
        for edit in (self.prefix_edit, self.given_edit, self.additional_edit,
                     self.family_edit, self.suffix_edit):
            edit.textChanged.connect(self._update_name_preview)
        self.full_name_edit.textChanged.connect(self._update_photo_preview)
        self._update_name_preview()

    def name_fields(self) -> ContactFields:
        """The name parts as typed (trimmed)."""
        return ContactFields(
            prefix=self.prefix_edit.text().strip(), given_name=self.given_edit.text().strip(),
            additional_names=self.additional_edit.text().strip(),
            family_name=self.family_edit.text().strip(), suffix=self.suffix_edit.text().strip(),
        )

    def full_name(self) -> str:
        """The full name typed, else the one composed from the parts."""
        return self.full_name_edit.text().strip() or compose_full_name(self.name_fields())

    @Slot()
    def _update_name_preview(self) -> None:
        composed = compose_full_name(self.name_fields())
        self.full_name_edit.setPlaceholderText(composed or self.tr("Composed from the names above"))
        self._update_photo_preview()

    @Slot()
    def _update_photo_preview(self) -> None:
        self.photo_label.setPixmap(contact_pixmap(
            self.full_name(), 96, self.photo[0] if self.photo else None,
            self.given_edit.text(), self.family_edit.text(), self.devicePixelRatioF(),
        ))
        self.remove_photo_button.setEnabled(self.photo is not None)

    @Slot()
    def _choose_photo(self) -> None:
        formats = " ".join(f"*.{bytes(f.data()).decode()}"
                           for f in QImageReader.supportedImageFormats())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (%1)").replace("%1", formats))
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        """Use the image at *path* as the photo (scaled down if large); False if unreadable."""
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self.photo_refused.emit(self.tr("%1: not an image Rapport can read (%2)").replace(
                "%1", path).replace("%2", reader.errorString()))
            return False
        self.photo = _encode_photo(image)
        self.photo_changed = True
        self.photo_taken.emit()
        self._update_photo_preview()
        return True

    @Slot()
    def remove_photo(self) -> None:
        self.photo = None
        self.photo_changed = True
        self._update_photo_preview()


def _encode_photo(image: QImage) -> tuple[bytes, str]:
    """*image* as stored bytes: at most ``PHOTO_MAX_SIDE`` px, JPEG (PNG if transparent)."""
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE,
                             Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    alpha = image.hasAlphaChannel()
    writer = QImageWriter(buffer, QByteArray(b"png" if alpha else b"jpeg"))
    if not alpha:
        writer.setQuality(88)
    writer.write(image)
    mime = "image/png" if alpha else "image/jpeg"
    buffer.close()
    return bytes(data.data()), mime
