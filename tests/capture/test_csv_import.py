"""LinkedIn, Google and Outlook CSV exports through the vCard import's preview, matching
and undo (issue 17); `rapport import FILE.csv` and `rapport import FOLDER`."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import contacts, importer
from desktop.services.types import ContactFields, LabeledValue
from desktop.vcard import CardData, CardError, VCardError
from desktop.vcard.csv_reader import iter_csv_file
from tests.capture.conftest import CSV_DATA

ROOT = Path(__file__).resolve().parents[2]


def cards(path: Path) -> tuple[list[CardData], list[CardError]]:
    good: list[CardData] = []
    bad: list[CardError] = []
    for item in iter_csv_file(path):
        (good if isinstance(item, CardData) else bad).append(item)
    return good, bad


def test_linkedin_connections_with_its_notes_preamble() -> None:
    good, bad = cards(CSV_DATA / "linkedin-connections.csv")
    assert [c.full_name for c in good] == ["Ana Silva", "Björn Åkesson", "Priya Raman",
                                           "Li Wei"]
    ana = good[0]
    assert (ana.organization, ana.title, ana.line) == ("Lumen Labs", "CTO", 5)
    assert [e.value for e in ana.emails] == ["ana@lumen.example"]
    assert [(u.value, u.label) for u in ana.urls] == [
        ("https://www.linkedin.com/in/anasilva", "LinkedIn")]
    assert ana.rapport == {"how-we-met": "LinkedIn", "met-on": "2021-03-12"}
    assert good[1].organization == "Volvo Cars, Göteborg" and not good[1].emails
    assert good[2].organization == 'Acme "Rockets" Ltd'
    assert "met-on" not in good[3].rapport  # no "Connected On": nothing invented
    assert bad == []  # the empty row (",,,,,,") is no one


def test_google_contacts_new_and_legacy_layouts() -> None:
    good, bad = cards(CSV_DATA / "google-contacts.csv")
    zoe, bo = good
    assert zoe.full_name == "Zoë Müller" and zoe.nickname == "Zo"
    assert (zoe.organization, zoe.title) == ("Café Zürich", "Owner")
    assert zoe.note == "Met at the jazz night.\nLikes espresso."
    assert zoe.categories == ["Jazz", "Friends"]  # "* myContacts" is Google's own
    assert [(e.value, e.kind) for e in zoe.emails] == [("zoe@cafe.example", "work"),
                                                       ("zoe.m@mail.example", "home")]
    assert [(p.value, p.kind) for p in zoe.phones] == [("+41 79 555 01 23", "cell"),
                                                       ("+41 44 555 01 00", "work")]
    adr = zoe.addresses[0]
    assert (adr.street, adr.locality, adr.postal_code, adr.country) == (
        "Bahnhofstrasse 1", "Zürich", "8001", "Switzerland")
    assert zoe.birthday is not None and zoe.birthday.iso() == "1985-04-23"
    assert bo.birthday is not None and bo.birthday.iso() == "--07-14"
    assert [e.value for e in bo.emails] == ["bo@harbor.example", "bo.chen@gmail.example"]
    assert [(e.line, "no name" in e.reason) for e in bad] == [(7, True)]  # after 2 multi-line

    (marta,), _ = cards(CSV_DATA / "google-contacts-legacy.csv")
    assert (marta.full_name, marta.organization, marta.title) == ("Marta Nowak", "Pocztex",
                                                                  "Courier")
    assert marta.categories == ["Running"] and marta.phones[0].kind == "cell"


def test_outlook_exports_utf8_with_bom_and_windows_1252() -> None:
    (dana, ana), bad = cards(CSV_DATA / "outlook-contacts.csv")
    assert bad == []
    assert (dana.full_name, dana.prefix, dana.title, dana.organization) == (
        "Dana Okafor", "Dr.", "Partner", "Okafor & Reyes LLP")
    assert dana.birthday is not None and dana.birthday.iso() == "1980-07-14"
    assert dana.anniversary is None  # "0/0/00"
    assert [(p.value, p.kind) for p in dana.phones] == [("+44 20 7946 0111", "work"),
                                                        ("+44 7700 900123", "cell")]
    assert dana.addresses[0].locality == "London" and dana.note == "Prefers calls after 4pm"
    assert ana.birthday is None and ana.emails[0].value == "ANA@LUMEN.EXAMPLE"

    (renee, francois), bad = cards(CSV_DATA / "outlook-desktop.csv")
    assert renee.full_name == "Renée Dubois" and renee.organization == "Société Générale"
    assert renee.categories == ["Finance", "Paris"]
    # A row cut short: its good part is kept.
    assert (francois.full_name, francois.organization) == ("François Lefèvre",
                                                          "Crédit Agricole")


def test_semicolon_delimiter_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes("First Name;Last Name;E-mail Address;Company\r\n"
                     "Jürgen;Weiß;j.weiss@firma.example;Firma GmbH\r\n"
                     "Anna\r\n".encode("cp1252"))
    good, bad = cards(path)
    assert [(c.full_name, c.organization) for c in good] == [("Jürgen Weiß", "Firma GmbH"),
                                                             ("Anna", "")]
    assert bad == []


def test_unknown_csv_says_which_columns_it_saw() -> None:
    with pytest.raises(VCardError) as err:
        cards(CSV_DATA / "bank-statement.csv")
    assert str(err.value) == (f"{CSV_DATA / 'bank-statement.csv'}:1: not a LinkedIn, Google "
                              "or Outlook contacts export: its columns are id, label, amount")


def test_csv_import_matches_merges_and_undoes_like_vcard(db_path: Path) -> None:
    existing, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", emails=(LabeledValue("ana@lumen.example"),)))
    paths = [CSV_DATA / "linkedin-connections.csv", CSV_DATA / "outlook-contacts.csv"]
    preview = importer.preview_import(paths)
    merges = [(c.display_name, c.match_id) for c in preview.cards
              if c.action is importer.Action.MERGE]
    assert ("Ana Silva", existing) in merges  # same e-mail, any case
    assert preview.rejected_count == 0
    result = importer.run_import(preview)
    assert result.new_count == 4 and existing in result.merged_ids
    ana = contacts.get_contact(existing)
    assert ana is not None
    assert (ana.fields.organization, ana.fields.title) == ("Lumen Labs", "CTO")
    assert ana.fields.how_we_met == "LinkedIn" and ana.fields.met_on == dt.date(2021, 3, 12)
    assert "https://www.linkedin.com/in/anasilva" in [u.value for u in ana.fields.urls]
    # Importing the same exports again changes nothing.
    again = importer.run_import(paths)
    assert again.new_count == 0 and again.merged_count == 0 and again.batch_id is None
    assert result.batch_id is not None
    importer.undo_import(result.batch_id)
    back = contacts.get_contact(existing)
    assert back is not None and back.fields.organization == "" and back.fields.how_we_met == ""
    assert contacts.contact_count() == 1


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)


def test_cli_imports_a_folder_of_vcf_and_csv_files(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    (folder / "phone").mkdir(parents=True)
    for name in ("linkedin-connections.csv", "google-contacts.csv", "bank-statement.csv"):
        (folder / name).write_bytes((CSV_DATA / name).read_bytes())
    (folder / "phone" / "one.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Diaz\r\nEND:VCARD\r\n", encoding="utf-8")
    (folder / "readme.txt").write_text("not contacts", encoding="utf-8")
    db = tmp_path / "r.sqlite3"
    result = rapport("import", str(folder), db=db)
    # One file could not be read (the bank statement): exit 1, the rest imported.
    assert result.returncode == 1
    assert result.stdout.strip().startswith("imported 7 new, merged 0, rejected 1 from 4 files")
    assert "bank-statement.csv:1: not a LinkedIn, Google or Outlook contacts export: its " \
           "columns are id, label, amount" in result.stderr
    assert "Traceback" not in result.stderr
    names = {r["full_name"] for r in json.loads(rapport("list", "--json", db=db).stdout)}
    assert {"Cy Diaz", "Li Wei", "Zoë Müller"} <= names

    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = rapport("import", str(empty), db=db)
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == f"{empty}:1: no .vcf, .vcard or .csv files in this folder"
