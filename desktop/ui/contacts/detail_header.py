"""The detail pane's header: the picture, the name, title · organisation, the nickname,
the "My profile" badge, and the row of buttons under the name (Edit, and what other
features add, such as Briefing…). Its texts are the detail pane's (translation context
``DetailPane``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services import contacts
from desktop.services.types import ContactDetail
from desktop.ui.common.avatar import contact_pixmap
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.contacts.detail_parts import data_label

AVATAR_SIZE = 72

translate = QCoreApplication.translate


class DetailHeader(QWidget):
    """Private state: ``_picture`` is what the avatar was drawn from (the pane refills
    after every change; the same picture is not drawn again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = QHBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(14)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(3)
        self.name_label = data_label(object_name="contactName")
        self.subtitle_label = data_label(object_name="subtitle")
        self.nickname_label = data_label(object_name="subtitle")
        self.me_badge = QLabel(translate("DetailPane", "My profile"))
        self.me_badge.setObjectName("meBadge")
        self.me_badge.setFixedHeight(18)
        names.addWidget(self.name_label)
        names.addWidget(self.subtitle_label)
        names.addWidget(self.nickname_label)
        names.addWidget(self.me_badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.edit_button = QPushButton(translate("DetailPane", "Edit"))
        self.edit_button.setToolTip(translate("DetailPane", "Edit this contact (Ctrl+E)"))
        # Buttons other features add beside Edit (add_button): a row under the name
        # rather than a column beside it, so a short name is not wrapped for them.
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 6, 0, 0)
        self.buttons.setSpacing(6)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addStretch(1)
        names.addLayout(self.buttons)
        names.addStretch(1)
        header.addLayout(names, 1)
        self._picture: object = None

    def add_button(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, button)  # before the stretch

    def fill(self, detail: ContactDetail) -> None:
        f = detail.fields
        photo = contacts.get_photo(detail.id) if detail.has_photo else None
        picture = (detail.display_name, photo[0] if photo else None, f.given_name,
                   f.family_name, self.devicePixelRatioF())
        if picture != self._picture:
            self._picture = picture
            self.avatar.setPixmap(contact_pixmap(
                detail.display_name, AVATAR_SIZE, picture[1], f.given_name, f.family_name,
                picture[4]))
        self.name_label.setText(detail.display_name)
        self.name_label.setToolTip(plain_tooltip(detail.display_name))
        job = " · ".join(p for p in (f.title.strip(), f.department.strip(),
                                     f.organization.strip()) if p)
        if job == detail.display_name:  # a company card: its name is the organisation
            job = ""
        self.subtitle_label.setText(job)
        self.subtitle_label.setVisible(bool(job))
        nickname = f.nickname.strip()
        self.nickname_label.setText(f"“{nickname}”" if nickname else "")
        self.nickname_label.setVisible(bool(nickname))
        self.me_badge.setVisible(detail.is_me)
