"""Every view and dialog fits the screen (issue 14): at 1024×640, at 960×1040 (half a 1920
screen), at 1400×900 and at 2× scale, in English, German and French, light and dark, the
real main window on a demo database and every dialog are checked for what a user would
notice: a window larger than the screen, controls cut off by their parent or on top of
each other, a dialog's buttons off the screen, cut text, a list or form that scrolls
sideways (tests/ui/geometry.py).

The screen's size and the scale are fixed when the QApplication starts, so each probe
(tests/ui/fit_probe.py) runs in a process of its own (Qt's offscreen platform given a
screen of that size; QT_SCALE_FACTOR=2 for 2×; the language and palette as arguments).
The processes start together and share one demo database file. The geometry checks
themselves are tested here, in this process, on purpose-built broken windows, and so are
the splitter and list behaviours.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models import close_database, open_database
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import DEFAULT_SPLITTER, VIEWS_MIN_WIDTH, MainWindow
from desktop.ui.main_window.geometry import splitter_sizes_for
from desktop.ui.operations import Operations
from tests.ui import geometry

ROOT = Path(__file__).resolve().parents[2]
# name: (screen width, height in device pixels, scale, language, palette). One probe per
# screen size, each in its own process, all started together; the language and palette
# axes are spread over them rather than multiplied (4 sizes x 2 languages x 2 palettes
# would be 16 processes on a 2-core machine):
# - German where room is least (1024x640, half a 1920 screen, 2x): its words are the
#   longest of the three languages, so what fits in German fits in English; French, as
#   long, at half a screen too;
# - English at 1024x640 (the language the app is written in, at the smallest size) and
#   at 1400x900;
# - dark at 2x and 1400x900: the palette changes colours, not sizes, but the stylesheet
#   built from it is checked too (a dark-only style rule that pads a control would show).
SCREENS = {
    "1024x640": (1024, 640, 1, "en_GB", "light"),
    "1024x640-de": (1024, 640, 1, "de_DE", "light"),
    "960x1040-de": (960, 1040, 1, "de_DE", "light"),
    "960x1040-fr": (960, 1040, 1, "fr_FR", "light"),
    # a 2048x1280 panel at 200 %: 1024x640 to the layout
    "1024x640@2x-de-dark": (2048, 1280, 2, "de_DE", "dark"),
    "1400x900-dark": (1400, 900, 1, "en_GB", "dark"),
}
EVERY_VIEW_AND_DIALOG = {
    "list", "calendar", "network", "editor", "new-contact", "import", "export", "sync",
    "sync-account", "tags", "calendar-export", "catch-up", "review", "duplicates",
    "capture", "briefing", "reminder", "interaction", "introduction", "favour", "restore",
}


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo network (300 people) for the whole session, in a file."""
    from desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("fit") / "demo.sqlite3"
    open_database(path)
    try:
        generate_demo(300, seed=7)
    finally:
        close_database()
    return path


@pytest.fixture(scope="session")
def probes(demo_db: Path, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The probe of every screen size, started together (each waits on its own)."""
    folder = tmp_path_factory.mktemp("screens")
    running: dict[str, subprocess.Popen[str]] = {}
    for name, (width, height, scale, language, scheme) in SCREENS.items():
        config = folder / f"{name}.json"
        config.write_text(json.dumps({"screens": [{
            "name": name, "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                   QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(ROOT))
        env.pop("QT_SCREEN_SCALE_FACTORS", None)
        running[name] = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.fit_probe", str(demo_db), "--lang", language,
             "--scheme", scheme], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    yield running
    for process in running.values():
        if process.poll() is None:
            process.kill()
            process.wait()


def _probe_failure(screen: str, code: int | None, err: str) -> str:
    """What a probe that failed said: how it ended (a signal's name for a crash) and its
    stderr, with faulthandler's stacks of every thread (Qt's repeated notices left out)."""
    ended = (f"killed by {signal.Signals(-code).name}" if code is not None and code < 0
             else f"exit status {code}")
    said = [line for line in err.splitlines()
            if "does not support propagateSizeHints" not in line]
    return f"the probe at {screen}: {ended}; its stderr:\n" + "\n".join(said)[-12000:]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_view_and_dialog_fits_the_screen(
        probes: dict[str, subprocess.Popen[str]], screen: str) -> None:
    out, err = probes[screen].communicate(timeout=240)
    code = probes[screen].returncode
    assert code == 0, _probe_failure(screen, code, err)
    lines = out.strip().splitlines()
    assert lines, _probe_failure(screen, code, err)
    report = json.loads(lines[-1])
    width, height, scale, language, scheme = SCREENS[screen]
    assert report["screen"] == [width // scale, height // scale]  # the scale took effect
    assert report["language"] == language[:2]  # the translation was loaded
    assert report["scheme"] == scheme
    assert set(report["checked"]) >= EVERY_VIEW_AND_DIALOG  # nothing skipped quietly
    lines = [f"{name}: {problem}" for name, found in report["problems"].items()
             for problem in found]
    assert not lines, f"at {screen}:\n" + "\n".join(lines)


# --- the checks themselves ---------------------------------------------------------------

AREA = QRect(0, 0, 1024, 640)


def _shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_checks_pass_a_dialog_that_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Name"))
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                      | QDialogButtonBox.StandardButton.Cancel))
    assert geometry.problems(_shown(qtbot, dialog), AREA) == []


def test_the_checks_find_a_window_taller_than_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    dialog.resize(640, 760)
    found = geometry.problems(_shown(qtbot, dialog), AREA)
    assert any("larger than the screen" in line for line in found), found


def test_the_checks_find_overlapping_and_cut_controls(qtbot) -> None:  # type: ignore[no-untyped-def]
    top = QWidget()
    top.resize(300, 100)
    search = QPushButton("Find a person in the network", top)
    search.setGeometry(10, 10, 120, 24)  # narrower than its text
    zoom = QPushButton("+", top)
    zoom.setGeometry(100, 10, 30, 24)  # on top of it
    outside = QLabel("Sunday", top)
    outside.setGeometry(280, 60, 60, 20)  # beyond the right edge
    found = "\n".join(geometry.problems(_shown(qtbot, top), AREA))
    assert "overlaps" in found
    assert "label needs" in found
    assert "outside its parent" in found


def test_the_checks_find_buttons_below_the_visible_part(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    dialog.resize(300, 200)
    inner = QWidget(dialog)
    inner.setGeometry(0, 0, 300, 200)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, inner)
    box.setGeometry(0, 190, 300, 30)  # half of it under the dialog's edge
    found = "\n".join(geometry.problems(_shown(qtbot, dialog), AREA))
    assert "dialog button not fully visible" in found


def test_the_checks_find_a_form_that_scrolls_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    area = QScrollArea()
    area.setWidgetResizable(True)
    content = QWidget()
    row = QHBoxLayout(content)
    for text in ("Mark Done", "Snooze 1 Day", "Snooze 1 Week", "Pick a Date…"):
        row.addWidget(QPushButton(text))
    area.setWidget(content)
    area.resize(200, 120)
    found = "\n".join(geometry.problems(_shown(qtbot, area), AREA))
    assert "scrolls sideways" in found


# --- splitter, sidebar, list ---------------------------------------------------------------

def _window(qtbot, tmp_path: Path, sizes: list[int] | None = None,  # type: ignore[no-untyped-def]
            width: int = 760) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    if sizes is not None:
        settings.splitter_sizes = sizes
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    return window


@pytest.mark.parametrize("width", [960, 1024, 1280, 1400, 1920])
def test_first_run_widths_leave_the_list_room(width: int) -> None:
    side, middle, detail = splitter_sizes_for(width)
    assert side + middle + detail + 2 == width
    assert side >= 190 and detail >= 300 and middle >= VIEWS_MIN_WIDTH
    assert (side, detail) <= (DEFAULT_SPLITTER[0], DEFAULT_SPLITTER[2])


def test_restored_widths_are_held_to_the_screen(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                sample_contacts: object) -> None:
    # Saved on a 2560-pixel screen with the sidebar dragged to its minimum; opened on this
    # smaller one.
    window = _window(qtbot, tmp_path, sizes=[150, 1500, 900])
    side, middle, detail = window.splitter.sizes()
    assert sum(window.splitter.sizes()) <= window.splitter.width()
    assert middle >= VIEWS_MIN_WIDTH and side >= 150 and detail < 900
    # On a 1400-pixel window the saved detail pane keeps at most 45 % of the width.
    assert splitter_sizes_for(1400, [150, 1500, 900]) == [150, 618, 630]
    assert splitter_sizes_for(1400, [220, 800, 380]) == [220, 798, 380]


def test_a_demo_network_from_the_welcome_screen_keeps_a_sane_sidebar(
        qtbot, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, width=780)
    assert window.showing_empty_state
    window.resize(1280, 760)  # the user makes the window larger while it welcomes them
    window.tools.load_demo(40)
    qtbot.waitUntil(lambda: not window.showing_empty_state and not window.tools.demo_running,
                    timeout=30_000)
    qtbot.wait(50)
    side, _middle, _detail = window.splitter.sizes()
    assert side == DEFAULT_SPLITTER[0]  # was 150, and stayed so


def test_the_list_columns_follow_the_window_as_it_is_resized(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: object) -> None:
    """Narrowed after start-up, the list hides the columns that no longer fit (it kept all
    six and scrolled sideways); widened again, they come back."""
    from desktop.ui.contacts.contact_list_model import Column

    def shown() -> set[Column]:
        return {c for c in Column if not window.table.isColumnHidden(c)}

    window = _window(qtbot, tmp_path, width=1400)
    assert shown() == set(Column)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: Column.TAGS not in shown(), timeout=30_000)
    header = window.table.horizontalHeader()
    assert header.length() <= window.table.viewport().width()  # no sideways scroll
    assert {Column.NAME, Column.NEXT_FOLLOWUP, Column.STAGE} <= shown()
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: shown() == set(Column), timeout=30_000)


def test_another_list_opens_at_its_top(qtbot, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.demo import generate_demo
    from desktop.ui import sidebar as sb

    generate_demo(120, seed=3)
    window = _window(qtbot, tmp_path)
    window.resize(760, 500)
    bar = window.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=30_000)
    window.table.scrollToBottom()
    window.table.selectRow(window.model.rowCount() - 1)  # the last one stays selected...
    assert bar.value() > 0
    window.sidebar.select_key(sb.DUE)
    qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)
    qtbot.wait(50)
    assert bar.value() == 0  # ...but the new list shows its first rows
    window.sidebar.select_key(sb.ALL)
    qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)
    qtbot.wait(50)
    assert bar.value() == 0
