"""Generate Rapport's application icon: resources/icons/rapport.svg and PNGs at 16-512 px.

The mark is two overlapping rings on a blue-to-teal tile: two people and, in gold, the common
ground between them (DESIGN.md: "common interests start relationships"). The SVG is the
source; the PNGs are rendered from it with QtSvg so every size is the same drawing. Run it
after changing the SVG text below:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Two circles of radius 120 at x=200 and x=312 meet at x=256, y=256±106.13; the lens between
# them is two arcs of the same radius (no clip paths: SVG Tiny renderers do not all have them).
SVG = """\
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Rapport</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#2563B8"/>
      <stop offset="1" stop-color="#1E9A8C"/>
    </linearGradient>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="108" ry="108" fill="url(#tile)"/>
  <path d="M256,149.87 A120,120 0 0,1 256,362.13 A120,120 0 0,1 256,149.87 Z" fill="#FFC94D"/>
  <circle cx="200" cy="256" r="120" fill="none" stroke="#FFFFFF" stroke-width="34"/>
  <circle cx="312" cy="256" r="120" fill="none" stroke="#FFFFFF" stroke-width="34"/>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "rapport.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        print("make_icons: the SVG does not parse", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"rapport-{size}.png"
        if not image.save(str(out)):
            print(f"make_icons: cannot write {out}", file=sys.stderr)
            return 1
    print(f"wrote {ICONS / 'rapport.svg'} and {len(SIZES)} PNGs ({SIZES[0]}-{SIZES[-1]} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
