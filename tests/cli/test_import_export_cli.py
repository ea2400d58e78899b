"""`rapport import` / `rapport export` as real processes: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.vcf"
    good.write_text(card("FN:Ana Silva", "EMAIL:ana@example.org", "CATEGORIES:Jazz")
                    + card("FN:Bo Chen", "TEL:+44 20 7946 0018")
                    + card(), encoding="utf-8", newline="")  # an empty card: rejected
    more = tmp_path / "more.vcf"
    more.write_text(card("FN:Ana S.", "EMAIL:ANA@example.org", "TITLE:CTO")
                    + card("FN:Cy Diaz", "CATEGORIES:Jazz"), encoding="utf-8", newline="")
    notes = tmp_path / "notes.txt"
    notes.write_text("just some text\n", encoding="utf-8")
    return {"good": good, "more": more, "notes": notes}


def test_import_prints_a_summary_and_rejections(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = tmp_path / "r.sqlite3"
    result = rapport("import", str(inputs["good"]), str(inputs["more"]), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 3 new, merged 1, rejected 1 from 2 files"
    (line,) = result.stderr.strip().splitlines()
    assert line == f"{inputs['good']}:12: empty card (nothing between BEGIN and END)"
    listed = json.loads(rapport("list", "--json", db=db).stdout)
    ana = next(r for r in listed if r["full_name"] == "Ana Silva")
    assert ana["title"] == "CTO" and ana["tags"] == ["Jazz"]

    again = rapport("import", str(inputs["good"]), str(inputs["more"]), db=db)
    assert again.returncode == 0
    assert again.stdout.startswith("imported 0 new, merged 0, rejected 1 from 2 files")
    assert "unchanged" in again.stdout


def test_import_of_an_unreadable_file_exits_1_and_still_imports_the_rest(
        tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = tmp_path / "r.sqlite3"
    missing = tmp_path / "missing.vcf"
    result = rapport("import", str(inputs["notes"]), str(inputs["more"]), str(missing), db=db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = result.stderr.strip().splitlines()
    assert errors[0] == f"{inputs['notes']}:1: not a vCard file (no BEGIN:VCARD line)"
    assert errors[1].startswith(f"{missing}:1: cannot read the file")
    assert result.stdout.startswith("imported 2 new, merged 0, rejected 0 from 3 files")
    assert len(json.loads(rapport("list", "--json", db=db).stdout)) == 2


def test_export_all_and_by_tag(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = tmp_path / "r.sqlite3"
    assert rapport("import", str(inputs["good"]), str(inputs["more"]), db=db).returncode == 0
    out = tmp_path / "all.vcf"
    result = rapport("export", str(out), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported 3 contacts to {out} (vCard 3.0)"
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3

    jazz = tmp_path / "jazz.vcf"
    result = rapport("export", str(jazz), "--tag", "JAZZ", "--vcard-version", "4.0", db=db)
    assert result.returncode == 0, result.stderr
    text = jazz.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "VERSION:4.0" in text and "Bo Chen" not in text


def test_export_unknown_tag_is_one_line_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "x.vcf"
    result = rapport("export", str(out), "--tag", "nope", db=tmp_path / "r.sqlite3")
    assert result.returncode == 1
    assert result.stderr.strip() == "rapport: no tag named 'nope'"
    assert not out.exists()


def test_export_into_a_missing_folder_is_one_line_exit_1(tmp_path: Path) -> None:
    result = rapport("export", str(tmp_path / "no" / "such" / "x.vcf"),
                     db=tmp_path / "r.sqlite3")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
