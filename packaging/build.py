"""Build the Rapport bundle with PyInstaller.

    .venv/bin/python packaging/build.py             # one folder: dist/rapport/rapport
    .venv/bin/python packaging/build.py --onefile   # one file:   dist/rapport-onefile
    .venv/bin/python packaging/build.py --clean     # forget PyInstaller's cache first

The spec (packaging/rapport.spec) bundles the app, its icons, translations, .desktop file
and AppStream metainfo, and leaves out the Qt modules Rapport does not use. The result runs on
a machine without Python (same OS and CPU family, glibc no older than the build machine's).
Prints the build time and the bundle's size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "rapport.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def bundle_executable(onefile: bool = False) -> Path:
    """Where the build puts the executable."""
    exe = "rapport.exe" if os.name == "nt" else "rapport"
    if onefile:
        return DIST / ("rapport-onefile.exe" if os.name == "nt" else "rapport-onefile")
    return DIST / "rapport" / exe


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--onefile", action="store_true", help="build one executable file")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    args = parser.parse_args(argv)

    icon = ROOT / "resources" / "icons" / "rapport-256.png"
    if not icon.exists():  # a fresh clone has them committed; regenerate if someone removed them
        subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py")], check=True)

    # The translations Qt loads (.qm) are built from the .ts in the repository, never
    # committed: build them now so the bundle carries the current ones.
    subprocess.run([sys.executable, "-m", "desktop.ui.common.languages"], cwd=ROOT, check=True)

    env = dict(os.environ, RAPPORT_ONEFILE="1" if args.onefile else "0")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if args.clean:
        cmd.insert(3, "--clean")
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"build.py: PyInstaller failed (exit {done.returncode})", file=sys.stderr)
        return done.returncode
    exe = bundle_executable(args.onefile)
    if not exe.exists():
        print(f"build.py: {exe} was not produced", file=sys.stderr)
        return 1
    target = exe if args.onefile else exe.parent
    size_mb = tree_size(target) / 1e6
    print(f"built {target} in {seconds:.0f} s; size {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
