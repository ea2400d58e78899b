"""Start-up imports only what the first paint needs (issue 2: vobject and graph libraries
load when first used), and loads the rest after the first paint without a stall and
without a crash (issue 18): the pure-Python modules in a worker thread, every module that
imports PySide6 on the UI thread (a Qt class made off the UI thread while it ran Qt code
crashed the fit probe about one start in 300). Checked in fresh interpreters, so other
tests cannot mask it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hardening.helpers import ROOT, child_env


def test_main_window_does_not_load_vcard_or_graph_code() -> None:
    code = (
        "import sys, desktop.app, desktop.ui.main_window;"
        "heavy = [m for m in ('vobject', 'networkx', 'desktop.vcard', "
        "'desktop.services.importer', 'desktop.services.exporter', "
        "'desktop.ui.contacts.detail_pane')"
        " if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


# Whether a loaded module is Qt's or uses it: it is PySide6's own, or holds a PySide6
# module, class or object, or defines a class of Qt's (a QObject's subclass).
IS_QT = """
import sys, types
from shiboken6 import Shiboken

def is_qt(name):
    if name.split(".")[0] in ("PySide6", "shiboken6"):
        return True
    module = sys.modules.get(name)
    if module is None:
        return False
    for value in list(vars(module).values()):
        if isinstance(value, types.ModuleType):
            owner = value.__name__
        elif isinstance(value, type):
            if issubclass(value, Shiboken.Object):
                return True
            owner = value.__module__
        else:
            owner = type(value).__module__
        if isinstance(owner, str) and owner.split(".")[0] in ("PySide6", "shiboken6"):
            return True
    return False
"""

# The app as `rapport` starts it. Every module imported is recorded with the thread that
# imported it and whether the window had painted; once start-up has loaded everything it
# loads ahead, the record is written (with which modules are Qt's) and the app quits.
WATCH_APP = IS_QT + """
import importlib.abc, json, runpy, threading
from pathlib import Path

record = Path(sys.argv[1])
loads = []  # (module, on the main thread, after the first paint)
painted = [False]

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name not in sys.modules:
            main = threading.current_thread() is threading.main_thread()
            loads.append((name, main, painted[0]))
        return None

sys.meta_path.insert(0, Watch())

import desktop.app as app_module

original = app_module.open_files_after_first_paint

def watch_window(window, paths):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.first_paint.connect(lambda: painted.__setitem__(0, True))

    def check():
        if window.startup_loaded:
            timer.stop()
            rows = [(n, main, after, is_qt(n)) for n, main, after in loads]
            record.write_text(json.dumps(rows))
            QApplication.quit()

    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(50)
    original(window, paths)

app_module.open_files_after_first_paint = watch_window
sys.argv = ["rapport", "--db", sys.argv[2]]
runpy.run_module("desktop.cli", run_name="__main__")
"""


def test_start_up_loads_qt_modules_on_the_ui_thread_and_the_heavy_rest_off_it(
        tmp_path: Path) -> None:
    db = tmp_path / "rapport.sqlite3"
    made = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db), "demo",
                           "--people", "40"], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=120)
    assert made.returncode == 0, made.stderr
    record = tmp_path / "imports.json"
    child = subprocess.run([sys.executable, "-c", WATCH_APP, str(record), str(db)],
                           capture_output=True, text=True, env=child_env(), cwd=ROOT,
                           timeout=120)
    assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr
    loads = {name: (main, after, qt) for name, main, after, qt in json.loads(record.read_text())}
    off_thread_qt = sorted(name for name, (main, _after, qt) in loads.items()
                           if qt and not main)
    assert off_thread_qt == [], f"Qt modules imported by a worker thread: {off_thread_qt}"
    # What the steps after the first paint need, loaded ahead (a module of each step)...
    for name in ("desktop.ui.calendar.reminder_tray", "desktop.ui.contacts.detail_pane",
                 "desktop.ui.network.panel", "desktop.ui.importing.import_dialog",
                 "desktop.ui.calendar.calendar_panel"):
        assert name in loads and loads[name][1], name
    # ...the slow pure-Python part of it in a worker thread.
    for name in ("desktop.services.sync.caldav", "phonenumbers", "numpy",
                 "desktop.services.importer", "desktop.vcard.reader"):
        assert name in loads, f"{name} was not loaded ahead"
        main, after, _qt = loads[name]
        assert after and not main, f"{name}: on the UI thread {main}, after the paint {after}"


# In a fresh interpreter with the window's modules imported (as at the first paint): each
# preload's pure modules, then its Qt modules one by one, recording what each brings in.
CHECK_PRELOADS = IS_QT + """
import importlib, json
from PySide6.QtWidgets import QApplication

app = QApplication([])
import desktop.app, desktop.ui.main_window
from desktop.ui.common import preload

found = {}
for name in ("CALENDAR", "DETAIL", "NETWORK", "IMPORTER", "CALENDAR_VIEW"):
    step = getattr(preload, name)
    before = set(sys.modules)
    preload.import_pure(step.pure)
    # (multiprocessing names this script's module __mp_main__ too: no import)
    qt_in_worker = sorted(n for n in set(sys.modules) - before - {"__mp_main__"} if is_qt(n))
    pure_on_ui_thread = []
    for module in step.qt:
        before = set(sys.modules)
        importlib.import_module(module)
        pure_on_ui_thread += [n for n in set(sys.modules) - before
                              if not is_qt(n) and not n.startswith("desktop.ui")]
    found[name] = [qt_in_worker, sorted(pure_on_ui_thread)]
print(json.dumps(found))
"""


def test_each_preload_keeps_qt_in_its_qt_part_and_leaves_no_pure_import_to_the_ui_thread(
        ) -> None:
    """``pure`` holds no module that is, or imports, a Qt one; ``qt`` needs no module that
    ``pure`` did not load (each would be imported on the UI thread: add it to ``pure``)."""
    result = subprocess.run([sys.executable, "-c", CHECK_PRELOADS], capture_output=True,
                            text=True, env=child_env(), cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    for name, (qt_in_worker, pure_on_ui_thread) in found.items():
        assert qt_in_worker == [], f"{name}.pure imports Qt modules: {qt_in_worker}"
        assert pure_on_ui_thread == [], f"{name}.qt imports: {pure_on_ui_thread}"


# In a fresh interpreter after the network view's preload: the first reading of the
# network and of its side lists, recording what they import.
READ_THE_NETWORK = """
import importlib, json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication

app = QApplication([])
import desktop.app, desktop.ui.main_window
from desktop.models import open_database
from desktop.ui.common import preload

open_database(Path(sys.argv[1]))
preload.import_pure(preload.NETWORK.pure)
for module in preload.NETWORK.qt:
    importlib.import_module(module)
from desktop.ui.network import loading

before = set(sys.modules)
loaded = loading.load(None, 2, lambda _done, _total: True)
loading.insights(loaded.graph)
print(json.dumps([len(loaded.data.nodes), sorted(set(sys.modules) - before)]))
"""


def test_the_first_opening_of_the_network_imports_nothing_more(tmp_path: Path) -> None:
    """Start-up loads what the network view needs ahead (``preload.NETWORK``): the first
    opening of a session reads the network without importing a module (numpy imports
    numpy.ma on the first ``numpy.unique``: 8-12 ms of that opening, issue 18). Laying out
    people never placed before imports numpy.random (6.7 MB: not loaded ahead)."""
    db = tmp_path / "rapport.sqlite3"
    made = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db), "demo",
                           "--people", "40"], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=120)
    assert made.returncode == 0, made.stderr
    runs = []
    for _session in range(2):  # the first lays the people out (numpy.random) and saves it
        result = subprocess.run([sys.executable, "-c", READ_THE_NETWORK, str(db)],
                                capture_output=True, text=True, env=child_env(), cwd=ROOT,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    (drawn, _first), (again, imported) = runs
    assert drawn == again > 10
    assert imported == [], f"imported by the first opening of a session: {imported}"
