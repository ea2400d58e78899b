"""Contact pictures: the stored photo cropped to a circle, or an initials avatar.

The initials avatar's colour is derived from the name (a stable hash, not Python's
salted ``hash``) so a person keeps the same colour across runs and machines.
"""

from __future__ import annotations

import hashlib
import unicodedata

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

# Mid-tone colours that carry white text at WCAG AA for large text.
_PALETTE: tuple[str, ...] = (
    "#2563eb", "#0f766e", "#b45309", "#b91c1c", "#7c3aed", "#be185d",
    "#0e7490", "#4d7c0f", "#475569", "#c2410c", "#4338ca", "#047857",
)


def avatar_colour(name: str) -> QColor:
    """A colour picked deterministically from *name* (empty names get a neutral grey)."""
    key = " ".join(name.split()).casefold()
    if not key:
        return QColor("#64748b")
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest()
    return QColor(_PALETTE[int.from_bytes(digest, "big") % len(_PALETTE)])


def _first_grapheme(word: str) -> str:
    """The first user-visible character of *word*: a base letter with its combining marks,
    or a whole emoji sequence (ZWJ joins, variation selectors, skin tones)."""
    if not word:
        return ""
    out = word[0]
    i = 1
    while i < len(word):
        ch = word[i]
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f\ufe0e" or (
            0x1F3FB <= ord(ch) <= 0x1F3FF
        ):
            out += ch
            i += 1
            if ch == "\u200d" and i < len(word):  # the joined emoji belongs to this one
                out += word[i]
                i += 1
            continue
        break
    return out


def initials(display_name: str, given_name: str = "", family_name: str = "") -> str:
    """Up to two initials: from the given and family names when known, else from the first
    and last words of the display name. Punctuation such as "<" or "(" is skipped; a name
    made only of symbols or emoji yields its first grapheme; an empty name yields ""."""
    words: list[str]
    if given_name.strip() or family_name.strip():
        words = [w for w in (given_name.strip(), family_name.strip()) if w]
        words = [w.split()[0] for w in words]
    else:
        words = display_name.split()
    letters = []
    for word in words:
        # Skip leading punctuation ("(Ana)", "<b>x") to reach the first letter.
        start = next((i for i, c in enumerate(word) if c.isalnum()), None)
        if start is not None:
            letters.append(_first_grapheme(word[start:]))
    if not letters:
        first = display_name.strip()
        return _first_grapheme(first) if first else ""
    picked = letters[0] if len(letters) == 1 else letters[0] + letters[-1]
    return picked.upper() if len(picked) <= 2 else picked


def _circle(painter: QPainter, size: int) -> None:
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)


def initials_pixmap(
    display_name: str, size: int, given_name: str = "", family_name: str = "",
    device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """A filled circle in the name's colour with white initials."""
    px = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(px, px)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(display_name))
    painter.drawEllipse(QRectF(0, 0, size, size))
    text = initials(display_name, given_name, family_name)
    if text:
        font = QFont()
        font.setPixelSize(max(8, round(size * 0.38)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def photo_pixmap(data: bytes, size: int, device_pixel_ratio: float = 1.0) -> QPixmap | None:
    """*data* (any image Qt reads) centre-cropped to a circle; None if it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    px = max(1, round(size * device_pixel_ratio))
    scaled = image.scaled(
        px, px, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _circle(painter, px)
    painter.drawImage((px - scaled.width()) // 2, (px - scaled.height()) // 2, scaled)
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def contact_pixmap(
    display_name: str, size: int, photo: bytes | None = None, given_name: str = "",
    family_name: str = "", device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """The photo when there is a readable one, else the initials avatar."""
    if photo:
        pixmap = photo_pixmap(photo, size, device_pixel_ratio)
        if pixmap is not None:
            return pixmap
    return initials_pixmap(display_name, size, given_name, family_name, device_pixel_ratio)
