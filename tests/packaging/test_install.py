"""Desktop integration (issue 7): packaging/install-linux.sh installs a bundle for the user
with a menu entry that runs it, the icon at every size, and removes it all again, keeping
the user's data. Uses a stand-in bundle, so it needs no build."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "install-linux.sh"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux desktop integration")


def _install(prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PREFIX=str(prefix), HOME=str(prefix.parent))
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True,
                          env=env, timeout=60)


def test_install_puts_the_app_in_the_menu_and_uninstall_removes_it(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / "rapport"
    exe.write_text("#!/bin/sh\necho rapport-stand-in \"$@\"\n")
    exe.chmod(0o755)
    prefix = tmp_path / "home" / ".local"
    data = prefix / "share" / "Rapport" / "rapport.sqlite3"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the user's data")

    done = _install(prefix, str(bundle))
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(prefix / "share" / "applications" / "rapport.desktop")
    section = entry["Desktop Entry"]
    assert section["Name"] == "Rapport" and section["Icon"] == "rapport"
    installed = prefix / "opt" / "rapport" / "rapport"
    # %F: the files of "Open with Rapport" (text/vcard) are passed to it.
    assert section["Exec"] == f"{installed} %F"
    assert {"text/vcard", "text/x-vcard"} <= set(section["MimeType"].split(";"))
    ran = subprocess.run([str(installed), "--version"], capture_output=True, text=True)
    assert ran.stdout.strip() == "rapport-stand-in --version"
    link = prefix / "bin" / "rapport"
    assert link.resolve() == installed
    for size in (16, 32, 48, 128, 256, 512):
        icon = prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "rapport.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (prefix / "share" / "metainfo" / "io.github.rapport.Rapport.metainfo.xml").exists()

    done = _install(prefix, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not link.exists() and not installed.exists()
    assert not (prefix / "share" / "applications" / "rapport.desktop").exists()
    assert data.read_bytes() == b"the user's data"


def test_install_without_a_bundle_says_how_to_build_one(tmp_path: Path) -> None:
    done = _install(tmp_path / ".local", str(tmp_path / "nothing"))
    assert done.returncode == 1
    assert "no bundle at" in done.stderr and "packaging/build.py" in done.stderr
