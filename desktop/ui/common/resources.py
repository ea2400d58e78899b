"""Where the files under ``resources/`` are at run time: beside the package in a checkout,
under ``sys._MEIPASS`` in the PyInstaller bundle (packaging/rapport.spec copies the folder
there at the same relative place). No other module computes these paths."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` of the checkout, or of the bundle."""
    base = getattr(sys, "_MEIPASS", None)
    return (Path(base) if base else Path(__file__).resolve().parents[3]) / "resources"


def is_bundled() -> bool:
    return getattr(sys, "_MEIPASS", None) is not None
