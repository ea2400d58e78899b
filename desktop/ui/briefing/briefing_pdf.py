"""The printed briefing (issue 6): one typeset page per person, to PDF or any printer.

QtGui only (no widgets), so the command line can write PDFs without a display: the
offscreen platform is enough (``ensure_gui_application``).

How a page is made: ``briefing_html`` (its own module) lays a ``Briefing`` out as Qt rich
text (a header, a boxed "one thing I can do for them", then two columns), every piece of
contact text escaped; ``BriefingDocument`` holds it. The document refuses to
load any resource by itself (``loadResource`` returns nothing): the only image is the
photo, decoded from the bytes in memory and added by us under a private URL, so rendering
never touches a file or the network.

A page must fit on one sheet: the layout is tried at decreasing levels of detail (long
notes shortened with "…", fewer items, then a slightly smaller type) until it fits; the
last resort scales the page down.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop import files
from desktop.services.briefing import Briefing, briefing
from desktop.services.types import ContactId
from desktop.ui.briefing.briefing_html import (
    FAINT,
    LEVELS,
    PHOTO_URL,
    RULE,
    Detail,
    briefing_html,
    clip,
)
from desktop.ui.common.avatar import initials

translate = QCoreApplication.translate

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
# Countries that use US Letter paper; everyone else uses A4 (ISO 216).
_LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "PA"}
MARGINS_MM = QMarginsF(18, 16, 18, 14)
PDF_RESOLUTION = 600
PHOTO_PX = 240  # the photo's pixels (printed about 2.2 cm wide: ~280 dpi)



def default_page_size() -> str:
    """Letter where people use it (the US, Canada...), else A4, from the system locale."""
    from PySide6.QtCore import QLocale

    territory = QLocale.system().name().rpartition("_")[2].upper()
    return "Letter" if territory in _LETTER_TERRITORIES else "A4"


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for the command line; with no
    display (a server, CI) the offscreen platform is used."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    return QGuiApplication(sys.argv[:1] or ["rapport"])


# --- the photo ---------------------------------------------------------------------------

def round_image(photo: bytes | None, name: str) -> QImage | None:
    """The photo cropped to a circle, or initials in a grey disc; None for a nameless
    contact without a photo (nothing worth printing)."""
    size = PHOTO_PX
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    source = QImage.fromData(photo) if photo else QImage()
    letters = "" if not source.isNull() else initials(name if name != "(no name)" else "")
    if source.isNull() and not letters:
        return None
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    if not source.isNull():
        painter.setClipPath(path)
        scaled = source.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                               Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawPath(path)
        font = QFont()
        font.setFamilies(["DejaVu Serif", "Georgia", "serif"])
        font.setPixelSize(round(size * 0.36))
        painter.setFont(font)
        painter.setPen(QColor("#374151"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return image


class BriefingDocument(QTextDocument):
    """A rich-text document that loads nothing by itself.

    Private state: ``refused`` lists every resource the layout asked for that we had not
    added (a file, a URL): it gets a blank pixel, so no file or network is read while
    rendering (our own HTML never asks for one; this is the guard if it ever did).
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
        # Not None: for an image resource that comes back empty, Qt's image handler falls
        # back to QImage.load(src) and reads the file itself. A 1x1 transparent image is
        # a resource, so nothing is read.
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank


def _document(b: Briefing, detail: Detail, photo: QImage | None, width: float,
              device: QPagedPaintDevice) -> BriefingDocument:
    doc = BriefingDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    font = QFont()
    font.setFamilies(["Source Serif 4", "Georgia", "DejaVu Serif"])
    font.setPointSizeF(9.6)
    doc.setDefaultFont(font)
    if photo is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL), photo)
    doc.setHtml(briefing_html(b, detail, has_photo=photo is not None))
    doc.setTextWidth(width)
    return doc


def layout_page(b: Briefing, device: QPagedPaintDevice) -> tuple[BriefingDocument, float]:
    """The most detailed layout of *b* that fits the device's page, and the scale to
    paint it at (1.0 unless even the tightest level overflows)."""
    rect = device.pageLayout().paintRectPixels(_dpi(device))
    width, height = float(rect.width()), float(rect.height()) - _footer_height(device)
    photo = round_image(b.photo, b.name)
    doc = _document(b, LEVELS[0], photo, width, device)
    if doc.size().height() <= height:
        return doc, 1.0
    for detail in LEVELS[1:]:
        doc = _document(b, detail, photo, width, device)
        if doc.size().height() <= height:
            return doc, 1.0
    # Last resort: lay out wider and shrink the whole page to fit.
    scale = max(0.5, height / doc.size().height())
    for _ in range(4):
        doc = _document(b, LEVELS[-1], photo, width / scale, device)
        needed = doc.size().height() * scale
        if needed <= height:
            break
        scale *= height / needed * 0.99
    return doc, scale


def _dpi(device: QPagedPaintDevice) -> int:
    """The device's dots per inch (a PDF writer's or printer's resolution)."""
    return device.logicalDpiY()


def _footer_height(device: QPagedPaintDevice) -> float:
    return _dpi(device) * 0.3  # about 7.5 mm for the footer line


def paint_page(painter: QPainter, device: QPagedPaintDevice, b: Briefing,
               page: int, pages: int) -> BriefingDocument:
    """Paint one briefing at the painter's origin (the page's printable area)."""
    doc, scale = layout_page(b, device)
    rect = device.pageLayout().paintRectPixels(_dpi(device))
    painter.save()
    painter.scale(scale, scale)
    doc.drawContents(painter)
    painter.restore()
    # Footer: a hairline and a quiet line of text at the bottom of the printable area.
    painter.save()
    res = _dpi(device)
    bottom = float(rect.height())
    pen = painter.pen()
    pen.setColor(QColor(RULE))
    pen.setWidthF(res / 144)  # half a point
    painter.setPen(pen)
    painter.drawLine(0, round(bottom - res * 0.2), rect.width(), round(bottom - res * 0.2))
    font = QFont()
    font.setFamilies(["Source Sans 3", "Arial", "DejaVu Sans"])
    font.setPointSizeF(7)
    painter.setFont(font)
    painter.setPen(QColor(FAINT))
    text_rect = QRectF(0, bottom - res * 0.17, rect.width(), res * 0.17)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                     translate("BriefingPdf", "Rapport · confidential notes on %1").replace(
                         "%1", clip(b.name, 60)))
    if pages > 1:
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         f"{page} / {pages}")
    painter.restore()
    return doc


def set_page_size(device: QPagedPaintDevice, page_size: str) -> None:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    layout = QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                         MARGINS_MM, QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)


Progress = Callable[[int, int], bool]


def paint_briefings(painter: QPainter, device: QPagedPaintDevice,
                    briefings: Sequence[Briefing], progress: Progress | None = None) -> int:
    """One page per briefing on *device* (a PDF writer or a printer); returns the pages
    painted (fewer when *progress* returned False: cancelled)."""
    total = len(briefings)
    for index, b in enumerate(briefings):
        if index:
            device.newPage()
        paint_page(painter, device, b, index + 1, total)
        if progress is not None and not progress(index + 1, total):
            return index + 1
    return total


class BriefingCancelled(Exception):
    """The user cancelled writing a PDF: nothing was written."""


def write_briefing_pdf(
    contact_ids: Sequence[ContactId],
    path: Path | str,
    page_size: str = "A4",
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
    replace_read_only: bool = False,
) -> int:
    """Write the briefings of *contact_ids* to the PDF *path*, one page per person.

    The PDF is made in memory, then written with ``desktop.files`` (a temporary file beside
    *path*, fsynced and renamed into place), so a full disk, a failure or a cancel leaves
    any previous file untouched. Returns the number of pages. Raises OSError when the file
    cannot be written (``files.ReadOnlyTarget`` for a read-only file, unless
    *replace_read_only*), ``BriefingCancelled`` when *progress* returns False.
    """
    if not contact_ids:
        raise ValueError("no contacts to brief")
    ensure_gui_application()
    target = Path(path)
    if not replace_read_only and files.is_read_only(target):
        raise files.ReadOnlyTarget(target)  # before the work, not after it
    briefings = [briefing(cid, today) for cid in contact_ids]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Rapport")
    writer.setTitle(translate("BriefingPdf", "Briefing: %1").replace(
        "%1", ", ".join(b.name for b in briefings[:3]) + (" …" if len(briefings) > 3 else "")))
    set_page_size(writer, page_size)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {target}")
    try:
        done = paint_briefings(painter, writer, briefings, progress)
    finally:
        painter.end()
    buffer.close()
    if done < len(briefings):
        raise BriefingCancelled
    pdf = bytes(data.data())
    if not pdf:
        raise OSError(f"cannot write {target}")
    files.write_bytes(target, pdf, replace_read_only=replace_read_only)
    return len(briefings)


def page_size_points(page_size: str) -> QSizeF:
    return QPageSize(PAGE_SIZES[page_size]).size(QPageSize.Unit.Point)
