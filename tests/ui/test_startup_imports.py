"""Start-up imports only what the first paint needs (issue 2: vobject and graph libraries
load when first used). Checked in a fresh interpreter, so other tests cannot mask it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path


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


# The app as `rapport` starts it; a file says which thread loaded the network view's module.
WATCH_NETWORK = """
import importlib.abc, runpy, sys, threading
from pathlib import Path

record = Path(sys.argv[1])

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "desktop.ui.network.panel":
            record.write_text(threading.current_thread().name)
        return None

sys.meta_path.insert(0, Watch())
sys.argv = ["rapport", "--db", sys.argv[2]]
runpy.run_module("desktop.cli", run_name="__main__")
"""


def test_the_network_view_loads_after_start_up_off_the_ui_thread(tmp_path: Path) -> None:
    """The network view's first opening imported its modules on the UI thread (50-130 ms,
    its longest stall: issue 18): once start-up is done they load in a worker thread,
    before anyone opens the view."""
    from tests.hardening.helpers import ROOT, child_env

    record = tmp_path / "thread"
    child = subprocess.Popen([sys.executable, "-c", WATCH_NETWORK, str(record),
                              str(tmp_path / "rapport.sqlite3")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=child_env(), cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while not record.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        loaded_by = record.read_text() if record.exists() else None
    finally:
        child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=30)
    assert loaded_by is not None, f"the network view's modules were not loaded: {err}"
    assert loaded_by != "MainThread"
    assert child.returncode == 0 and "Traceback" not in err, err
