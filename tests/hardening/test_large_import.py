"""Large data (issue 7): importing a 50 MB vCard file (16,000 cards, every 11th with a
photo, as phones export them) runs with bounded memory: the child process's peak RSS grows
by at most 2 × the file's size over what it used before the import. The import streams: it
reads the file a few MB at a time and writes every 1,000 cards, so neither the file's text
nor its cards (with their photos) are ever all in memory (measured: ~1.4 ×; reading the file
whole and holding every card, as before, measured ~3.3 ×; a vobject-based importer needs
well over 10 ×). bench/bench_import_memory.py measures a text-heavy file too."""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

import pytest

from tests.hardening.helpers import python, write_cards

pytestmark = [
    pytest.mark.slow,  # ~6 s: writing and importing 50 MB
    pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux"),
]

MEASURE = """
import resource, sys
from desktop.models import open_database
from desktop.services import importer
open_database(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
result = importer.run_import([sys.argv[2]])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(result.new_count, before, peak)
"""


def test_a_50_mb_import_runs_in_bounded_memory(tmp_path: Path) -> None:
    photo = base64.b64encode(os.urandom(24_000))  # a 24 KB JPEG-sized photo
    cards = write_cards(tmp_path / "phone-export.vcf", 16_000, photo=photo, every=11)
    size = cards.stat().st_size
    assert size > 50_000_000
    done = python(MEASURE, str(tmp_path / "rapport.sqlite3"), str(cards), timeout=180)
    assert done.returncode == 0, done.stderr
    new, before, peak = (int(x) for x in done.stdout.split())
    assert new == 16_000
    growth = peak - before
    assert growth <= 2 * size, f"peak RSS grew {growth / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"
