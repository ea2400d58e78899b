"""`rapport` where no window can open (issue 14): one line saying so and how to run it,
exit 1; never Qt's abort (exit 134) with its xcb plug-in text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import no_display_reason


def _rapport(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    base.update(env, RAPPORT_DB=str(tmp_path / "rapport.sqlite3"), HOME=str(tmp_path),
                XDG_RUNTIME_DIR=str(tmp_path))
    return subprocess.run([sys.executable, "-m", "desktop.cli"], capture_output=True,
                          text=True, env=base, timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_without_a_display_rapport_says_how_to_run_it(tmp_path: Path) -> None:
    done = _rapport(tmp_path)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("rapport: no display")
    assert "xvfb-run -a rapport" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "xcb" not in lines[0] and "Traceback" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_a_display_that_does_not_answer_is_one_line_too(tmp_path: Path) -> None:
    """DISPLAY names no server (or the xcb libraries are missing): Qt's fatal error is
    turned into the same kind of line, never an abort."""
    done = _rapport(tmp_path, DISPLAY=":87", QT_QPA_PLATFORM="xcb")
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("rapport: cannot open a window") and "xvfb-run -a rapport" in last


def test_which_environments_have_a_display() -> None:
    linux = "linux"
    assert no_display_reason({}, linux) is not None
    assert no_display_reason({"DISPLAY": ":0"}, linux) is None
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-0"}, linux) is None
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, linux) is None
    assert no_display_reason({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, linux)
    assert no_display_reason({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, linux) is None
    assert no_display_reason({}, "win32") is None and no_display_reason({}, "darwin") is None
