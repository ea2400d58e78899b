"""Start-up imports only what the first paint needs (issue 2: vobject and graph libraries
load when first used). Checked in a fresh interpreter, so other tests cannot mask it."""

from __future__ import annotations

import subprocess
import sys


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
