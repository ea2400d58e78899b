"""`rapport briefing NAME_OR_ID --pdf OUT.pdf`, run as a real process with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.models import close_database
from desktop.services import contacts
from desktop.services.types import ContactFields, ContactId


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    # No display and no Qt platform chosen: the command must manage on its own.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RAPPORT_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, env=env, timeout=60)


@pytest.fixture()
def people(sample_contacts: dict[str, ContactId], db_path: Path) -> dict[str, ContactId]:
    extra, _ = contacts.create_contact(ContactFields(full_name="Zoe Mueller-Smith"))
    close_database()  # the subprocess opens the file itself
    return {**sample_contacts, "zoe2": extra}


def text_of(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def test_briefing_by_accent_free_name(people: dict[str, ContactId], db_path: Path,
                                      tmp_path: Path) -> None:
    out = tmp_path / "zoe.pdf"
    result = rapport("briefing", "zoë müller", "--pdf", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Zoë Müller" in result.stdout and str(out) in result.stdout
    pages = text_of(out)
    assert len(pages) == 1 and "Zoë Müller" in pages[0] and "Café Zürich" in pages[0]


def test_briefing_by_id_on_letter(people: dict[str, ContactId], db_path: Path,
                                  tmp_path: Path) -> None:
    out = tmp_path / "ana.pdf"
    result = rapport("briefing", str(people["ana"]), "--pdf", str(out), "--page-size",
                     "Letter", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Ana Silva" in text_of(out)[0]
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_an_ambiguous_name_lists_the_candidates(people: dict[str, ContactId], db_path: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = rapport("briefing", "ZOE", "--pdf", str(out), db=db_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "matches 2 contacts" in lines[0]
    assert lines[1:] == [f"#{people['zoe2']}\tZoe Mueller-Smith",  # alphabetical
                         f"#{people['zoe']}\tZoë Müller (Café Zürich)"]
    assert not out.exists()


def test_unknown_name_and_unwritable_path(people: dict[str, ContactId], db_path: Path,
                                          tmp_path: Path) -> None:
    result = rapport("briefing", "Nobody Here", "--pdf", str(tmp_path / "x.pdf"), db=db_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "rapport: no contact matches 'Nobody Here'"
    result = rapport("briefing", "Bo Chen", "--pdf", str(tmp_path / "no" / "x.pdf"),
                     db=db_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_markup_name_prints_literally(people: dict[str, ContactId], db_path: Path,
                                      tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    result = rapport("briefing", str(people["markup"]), "--pdf", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "<b>Bold</b> <img src=x>" in text_of(out)[0]
