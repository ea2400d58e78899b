"""`rapport --help`: what a user reads, as a real process (no internal notes in it)."""

from __future__ import annotations

import re
import subprocess
import sys


def test_help_lists_every_command_without_internal_notes() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for command in ("import", "export", "list", "briefing", "followups", "path", "demo",
                    "sync"):
        assert re.search(rf"^\s+{command}\s+\S", done.stdout, re.MULTILINE), command
    assert "two-way sync with CardDAV accounts" in done.stdout
    assert not re.search(r"\(issue \d+\)", done.stdout, re.IGNORECASE)  # QA: "(issue 8)"
