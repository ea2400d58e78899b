"""Smoke test of the built bundle (issue 7): the PyInstaller executable, run with no Python
environment around it, starts offscreen on a demo database and quits after painting, and the
command line (import, export, briefing) works from it.

Runs when a bundle exists: ``RAPPORT_BUNDLE=/path/to/rapport`` (``make smoke`` sets it), or
``dist/rapport/rapport`` from ``python packaging/build.py``. Skipped otherwise.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "vcards" / "real"
_DEFAULT = ROOT / "dist" / "rapport" / ("rapport.exe" if os.name == "nt" else "rapport")
BUNDLE = Path(os.environ.get("RAPPORT_BUNDLE") or _DEFAULT).resolve()

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not BUNDLE.is_file(), reason=f"no built bundle at {BUNDLE} "
                       "(python packaging/build.py, or set RAPPORT_BUNDLE)"),
]


def run(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The bundle with a bare environment: no virtualenv, no PYTHONPATH, no Python on PATH
    beyond the system's (which it must not need)."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home)}
    return subprocess.run([str(BUNDLE), *args], capture_output=True, text=True, env=env,
                          cwd=home, timeout=timeout)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    db = home / "demo.sqlite3"
    done = run(home, "--db", str(db), "demo", "--people", "300")
    assert done.returncode == 0, done.stderr
    assert "demo network: 300 people" in done.stdout
    return db


def test_the_bundle_starts_paints_and_quits(demo_db: Path) -> None:
    done = run(demo_db.parent, "--db", str(demo_db), "--quit-after-paint", timeout=60)
    assert done.returncode == 0, done.stderr
    assert re.search(r"rapport: first paint at \d+\.\d+", done.stderr), done.stderr
    assert "Traceback" not in done.stderr


def test_the_bundle_carries_its_icons_and_desktop_file() -> None:
    internal = BUNDLE.parent / "_internal"
    base = internal if internal.is_dir() else BUNDLE.parent
    assert (base / "resources" / "icons" / "rapport-256.png").is_file()
    # issue 14: the bundled icon set with its licence, and the compiled translations
    assert (base / "resources" / "icons" / "lucide" / "LICENSE").is_file()
    assert (base / "resources" / "icons" / "lucide" / "undo-2.svg").is_file()
    for language in ("de", "fr", "en"):
        assert (base / "resources" / "translations" / f"rapport_{language}.qm").is_file()
    assert (base / "resources" / "icons" / "rapport.svg").is_file()
    desktop = (base / "resources" / "rapport.desktop").read_text(encoding="utf-8")
    assert "Exec=rapport" in desktop and "Icon=rapport" in desktop


def test_import_and_export_from_the_bundle(tmp_path: Path) -> None:
    cards = sorted(REAL.rglob("*.vcf"))[:40]
    if not cards:
        source = tmp_path / "two.vcf"
        source.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:a@x.org\r\n"
                          "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\n"
                          "END:VCARD\r\n", encoding="utf-8")
        cards = [source]
    db = tmp_path / "rapport.sqlite3"
    done = run(tmp_path, "--db", str(db), "import", *map(str, cards))
    assert done.returncode in (0, 1), done.stderr  # 1: some corpus file holds no card
    found = re.search(r"imported (\d+) new", done.stdout)
    assert found and int(found[1]) > 0, done.stdout + done.stderr
    out = tmp_path / "everyone.vcf"
    done = run(tmp_path, "--db", str(db), "export", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") >= int(found[1]) - 5  # merged duplicates aside
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_big_import_from_the_bundle(tmp_path: Path) -> None:
    """A file over 2 MB is read by a child process when a core is free: in the bundle
    that child is the executable itself (``multiprocessing.freeze_support`` at its entry
    point). The broken card is reported with its file and line either way."""
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.org\r\n"
             f"NOTE:{'x' * 200}\r\nEND:VCARD\r\n" for i in range(12_000)]
    cards[5000] = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
    source = tmp_path / "big.vcf"
    source.write_text("".join(cards), encoding="utf-8", newline="")
    assert source.stat().st_size > 2_000_000
    db = tmp_path / "rapport.sqlite3"
    done = run(tmp_path, "--db", str(db), "import", str(source))
    assert done.returncode == 0, done.stderr
    assert "imported 11999 new" in done.stdout, done.stdout + done.stderr
    assert f"{source}:{1 + 5000 * 6}:" in done.stderr
    assert "Traceback" not in done.stderr


def test_briefing_from_the_bundle(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    listing = run(tmp_path, "--db", str(demo_db), "list")
    first_id = listing.stdout.split("\t", 1)[0]
    done = run(tmp_path, "--db", str(demo_db), "briefing", first_id, "--pdf", str(out))
    if done.stderr.strip() == "rapport briefing: not available yet":
        pytest.xfail("briefing (issue 6) not merged yet")  # the one tolerated answer
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_the_bundle_without_a_display_says_how_to_run_it(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([str(BUNDLE), "--db", str(tmp_path / "x.sqlite3")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "xvfb-run -a rapport" in done.stderr and len(done.stderr.splitlines()) == 1
