"""Benchmark: peak memory of a 50 MB vCard import (issues 3, 7 and 11: bounded memory, and
the window's import no heavier than the command line's).

Two generated files of about ``--mb`` MB each:

* text-heavy: ~60,000 cards for 50 MB (names with accents, three e-mails, three phones, two
  addresses, a folded note, categories), as a CRM or Outlook export looks;
* phone-like: ~16,000 cards for 50 MB, every 11th with a 24 KB photo, as phones export them.

Each import runs in a child process into a new database, twice: as the command line does it
(``run_import`` on the path), and as the window does it (the real import dialog, offscreen:
the preview, then Import, in its worker thread). Each child reports its peak RSS
(``VmHWM``) before and after the import, and the peak RSS of the import's own parse
process (issue 18: a big input is read by one). Prints the growth in MB, as a multiple of
the file size, and the window's growth / the command line's (issue 11: ≤ 1.5). No
assertions on seconds.

    .venv/bin/python bench/bench_import_memory.py [--mb 50] [--importer OTHER/importer.py]

``--importer`` loads another version of ``desktop/services/importer.py`` in its place (e.g.
``git show HEAD:desktop/services/importer.py > /tmp/old.py``) to compare before and after.
"""

from __future__ import annotations

import argparse
import base64
import random
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]

GIVEN = ["Ana", "Bo", "Zoë", "Jürgen", "Chloé", "Søren", "Ines", "Mateo", "Yuki", "Priya",
         "Olu", "Léa", "Tomás", "Ada", "Kwame", "Mia"]
FAMILY = ["García", "Müller", "Nakamura", "O'Brien", "Dubois", "Kowalski", "Okafor",
          "Johansson", "Rossi", "Novák", "Silva", "Haddad", "Lindqvist", "Ferreira"]
CITIES = ["Zürich", "München", "Kraków", "São Paulo", "Malmö", "Lyon", "Porto", "Osaka"]
WORDS = ("met at the conference about community gardens and asked about the introduction to "
         "the product team; prefers mornings; two children; plays cello in an amateur orchestra "
         "and follows cycling; owes us a reply about the workshop in spring").split()

MEASURE = """
import importlib.util, sys, time

def hwm():  # this process's own peak RSS (ru_maxrss would count the parent's at fork)
    with open("/proc/self/status") as status:
        return next(int(x.split()[1]) * 1024 for x in status if x.startswith("VmHWM:"))

if sys.argv[3]:
    spec = importlib.util.spec_from_file_location("desktop.services.importer", sys.argv[3])
    module = importlib.util.module_from_spec(spec)
    sys.modules["desktop.services.importer"] = module
    spec.loader.exec_module(module)
from desktop.models import open_database
from desktop.services import background, import_parse, importer
background.free_cores = lambda: 1.0  # the parse process, however busy the machine
open_database(sys.argv[1])
from bench.bench_import_memory import ChildPeak
children = ChildPeak()
before = hwm()
t0 = time.perf_counter()
result = importer.run_import([sys.argv[2]])
seconds = time.perf_counter() - t0
peak = hwm()
print(result.new_count, before, peak, seconds, children.stop())
"""


MEASURE_GUI = """
import os, sys, time

def hwm():
    with open("/proc/self/status") as status:
        return next(int(x.split()[1]) * 1024 for x in status if x.startswith("VmHWM:"))

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.models import open_database
from desktop.services import background, import_parse
background.free_cores = lambda: 1.0  # the parse process, however busy the machine
from desktop.ui.importing.import_dialog import ImportPreviewDialog
from desktop.ui.operations import Operations
open_database(sys.argv[1])
dialog = ImportPreviewDialog(Operations(QUndoStack()), [Path(sys.argv[2])])
dialog.show()
app.processEvents()
from bench.bench_import_memory import ChildPeak
children = ChildPeak()
before = hwm()

def wait(signal):
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(600_000, loop.quit)
    return loop

t0 = time.perf_counter()
loop = wait(dialog.preview_ready)
dialog.start()
loop.exec()
loop = wait(dialog.imported)
dialog.start_import()
loop.exec()
seconds = time.perf_counter() - t0
peak = hwm()
print(dialog.result_.new_count, before, peak, seconds, children.stop())
"""
BUDGET_GUI = 1.5


class ChildPeak(threading.Thread):
    """The highest ``VmHWM`` of this process's children (the import's parse process),
    read every 50 ms while they run their own code. ``ru_maxrss`` of the children would not
    do: it counts the parent's size at the fork before the child's exec."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._done = threading.Event()
        self.start()

    def run(self) -> None:
        while not self._done.wait(0.05):
            for task in Path("/proc/self/task").iterdir():
                try:
                    kids = (task / "children").read_text().split()
                except OSError:
                    continue
                for pid in kids:
                    try:  # once it runs the child's code (before its exec it is a copy of
                        # this process, and its peak that of this process)
                        if b"spawn_main" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                            continue
                        status = Path(f"/proc/{pid}/status").read_text()
                    except OSError:
                        continue
                    for line in status.splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak = max(self.peak, int(line.split()[1]) * 1024)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def _fold(line: str) -> list[str]:
    out = [line[:75]]
    out += [" " + line[j:j + 74] for j in range(75, len(line), 74)]
    return out


def text_heavy(path: Path, megabytes: float, seed: int = 7) -> int:
    """Cards of ~830 bytes each until the file holds ``megabytes`` MB; returns the count."""
    rnd = random.Random(seed)
    limit = int(megabytes * 1_000_000)
    size = 0
    n = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        while size < limit:
            g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:urn:uuid:{rnd.getrandbits(128):032x}",
                     f"FN:{g} {f} {n}", f"N:{f};{g} {n};;;", f"ORG:{f} & Partners {n % 700}",
                     f"TITLE:Head of {rnd.choice(WORDS).title()}"]
            for k, kind in enumerate(("HOME", "WORK", "OTHER")):
                lines.append(f"EMAIL;TYPE=INTERNET,{kind}:{g.lower()}.{k}.{n}@example.org")
            for k, kind in enumerate(("CELL", "HOME", "WORK")):
                lines.append(f"TEL;TYPE={kind}:+41 44 {n % 1000:03d} {k}{n // 1000 % 100:02d} "
                             f"{rnd.randint(10, 99)}")
            for kind in ("HOME", "WORK"):
                lines.append(f"ADR;TYPE={kind}:;;{rnd.randint(1, 200)} Bahnhofstraße;"
                             f"{rnd.choice(CITIES)};;{rnd.randint(1000, 9999)};Schweiz")
            note = " ".join(rnd.choice(WORDS) for _ in range(40))
            lines += _fold(f"NOTE:{note}")
            lines.append(f"CATEGORIES:Group {n % 20},Interest {n % 7},{rnd.choice(CITIES)}")
            lines.append("END:VCARD")
            text = "\r\n".join(lines) + "\r\n"
            out.write(text)
            size += len(text.encode("utf-8"))
            n += 1
    return n


def phone_like(path: Path, megabytes: float, seed: int = 11) -> int:
    """Cards with a 24 KB photo on every 11th until the file holds ``megabytes`` MB."""
    rnd = random.Random(seed)
    photo = base64.b64encode(rnd.randbytes(24_000)).decode("ascii")
    limit = int(megabytes * 1_000_000)
    size = 0
    n = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        while size < limit:
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:Person {n:06d} Example",
                     f"N:Example;Person {n:06d};;;", f"ORG:Company {n % 500}",
                     f"EMAIL;TYPE=INTERNET,WORK:person{n}@example.org",
                     f"TEL;TYPE=CELL:+44 20 7{n:07d}",
                     f"NOTE:Met at conference {n % 97}; likes jazz.",
                     f"CATEGORIES:Group {n % 20},Interest {n % 7}"]
            if n % 11 == 0:
                lines += _fold("PHOTO;ENCODING=b;TYPE=JPEG:" + photo)
            lines.append("END:VCARD")
            text = "\r\n".join(lines) + "\r\n"
            out.write(text)
            size += len(text)
            n += 1
    return n


def measure(db_file: Path, source: Path, importer_file: str = "", gui: bool = False
            ) -> tuple[int, int, int, float, int]:
    """(new contacts, RSS before, peak RSS after, seconds, the parse process's peak RSS) of
    one import in a child: as the command line runs it, or (*gui*) through the window's
    import dialog."""
    for leftover in db_file.parent.glob(db_file.name + "*"):
        leftover.unlink()
    argv = ([sys.executable, "-c", MEASURE_GUI, str(db_file), str(source)] if gui else
            [sys.executable, "-c", MEASURE, str(db_file), str(source), importer_file])
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip().splitlines()[-1])
    new, before, peak, seconds, child = done.stdout.split()
    return int(new), int(before), int(peak), float(seconds), int(child)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--importer", default="", help="another importer.py to measure instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        folder = Path(tmp)
        for name, make in (("text-heavy", text_heavy), ("phone-like", phone_like)):
            source = folder / f"{name}.vcf"
            cards = make(source, args.mb)
            size = source.stat().st_size
            growths = []
            for how in ("command line", "window"):
                new, before, peak, seconds, child = measure(folder / f"{name}.sqlite3", source,
                                                     args.importer, gui=how == "window")
                growth = peak - before
                growths.append(growth)
                print(f"{name:10} {how:12} {cards:6} cards  {size / 1e6:5.1f} MB   imported "
                      f"{new:6} in {seconds:5.1f} s   RSS before {before / 1e6:4.0f} MB  peak "
                      f"{peak / 1e6:4.0f} MB  growth {growth / 1e6:4.0f} MB = "
                      f"{growth / size:.2f} x the file; parse process peak {child / 1e6:3.0f} MB")
            ratio = growths[1] / max(growths[0], 1)
            print(f"{name:10} window / command line: memory growth ratio {ratio:.2f}   "
                  f"budget {BUDGET_GUI}   {'ok' if ratio <= BUDGET_GUI else 'OVER'}")


if __name__ == "__main__":
    main()
