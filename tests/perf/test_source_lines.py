"""The memory that modules imported after PySide6 keep: no more than the same modules keep
without it (issue 18: the whole app's memory at 300,000 contacts, the network view open)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.perf

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter imports the network's services, as the window's start-up does after
# PySide6 is loaded (or without it: the baseline), then ends a job as every worker does
# (``overview.end_of_big_job``), and prints what Python still holds for them.
_CHILD = r"""
import gc, sys, tracemalloc
if sys.argv[1] == "qt":
    import PySide6.QtCore  # noqa: F401  (its import hook reads every later module's source)
else:  # what PySide6 imports of the standard library, imported before all the same
    import argparse, ast, base64, bisect, bz2, dis, gettext, inspect, linecache, logging
    import lzma, random, shutil, string, struct, tempfile, textwrap, threading, tokenize
    import traceback, typing, weakref, zipfile, zlib
import desktop.models  # noqa: F401  (the database layer, as the window has it before)
tracemalloc.start()
from desktop.services import graph_layout, knows, network, overview, paths  # noqa: F401
overview.end_of_big_job()
gc.collect()
print(tracemalloc.get_traced_memory()[0])
"""


def _kept(kind: str) -> int:
    out = subprocess.run([sys.executable, "-c", _CHILD, kind], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1])


def test_modules_imported_after_pyside6_keep_no_more_than_without_it() -> None:
    """PySide6's import hook reads the whole source of every module imported after it
    (``inspect.getsource``) and ``linecache`` kept it for good: 15 MiB of lines in the
    window at 300,000 contacts. The network's services and what they import kept 1.55 x
    as much with PySide6 loaded as without it (3.15 / 2.04 MiB, main, 2026-12-04); a
    job's end now lets the lines go: 1.00 x. Same modules, same run."""
    with_qt, without = _kept("qt"), _kept("plain")
    assert with_qt <= 1.15 * without, (with_qt, without)
