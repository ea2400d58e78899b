"""vCard export: the corpus round trip (3.0 and 4.0), Rapport fields, tags, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.models import close_database, db, open_database
from desktop.services import contacts, exporter, importer, records
from desktop.services.errors import ServiceError
from desktop.services.types import ContactFields, ContactId, LabeledValue
from desktop.vcard import parse_file
from desktop.vcard.reference import vobject_parse
from desktop.vcard.writer import valid_extra_line
from tests.conftest import REAL_VCARDS


def snapshot(version: str = "") -> list[dict[str, Any]]:
    """Every contact as `list --json` shows it, without ids, plus what the model does not
    hold (the verbatim lines, further ORG units, RELATED...), sorted for comparison. With
    ``version``, the verbatim lines as an export to it writes them (made valid)."""
    ids = [ContactId(r[0]) for r in db.execute_sql("SELECT id FROM contact WHERE is_me = 0")]
    extra = {r[0]: json.loads(r[1] or "{}")
             for r in db.execute_sql("SELECT id, vcard_extra FROM contact")}
    out = []
    for rec in records.contact_records(ids):
        unmodelled = extra[rec.pop("id")]
        unmodelled.pop("version", None)  # the version written, by design
        if version and "extra" in unmodelled:
            unmodelled["extra"] = [valid_extra_line(x, version) for x in unmodelled["extra"]]
        out.append({**rec, "unmodelled": unmodelled})
    return sorted(out, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_corpus_round_trip_gives_the_same_contacts(tmp_path: Path, version: str) -> None:
    files = sorted(p for p in REAL_VCARDS.rglob("*") if p.is_file() and p.suffix != ".md")
    open_database(tmp_path / "first.sqlite3")
    try:
        importer.run_import(files)
        first = snapshot(version)
        out = tmp_path / "all.vcf"
        result = exporter.export_vcards(out, version=version)
    finally:
        close_database()
    assert result.count == len(first) > 100
    # What we wrote is valid for vobject too (every card, nothing dropped).
    assert len(vobject_parse(out.read_text(encoding="utf-8"))) == len(first)
    open_database(tmp_path / "second.sqlite3")
    try:
        again = importer.run_import([out])
        assert not again.rejected and not again.unreadable
        second = snapshot(version)
    finally:
        close_database()
    assert len(second) == len(first)
    for a, b in zip(first, second, strict=True):
        assert a == b
    # Unmodelled properties came through unchanged (spot check a few known ones).
    lines = {line for r in second for line in r["unmodelled"].get("extra", ())}
    assert "X-EVOLUTION-FILE-AS:Doe\\, John" in lines
    assert "X-MS-MANAGER:Big Blue" in lines


def test_export_writes_rapport_fields_tags_and_reimports_them(
        tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    ana = ContactId(sample_contacts["ana"])
    detail = contacts.get_contact(ana)
    assert detail is not None
    contacts.update_contact(ana, ContactFields(**{
        **detail.fields.__dict__, "keep_in_touch_days": 21, "how_we_met": "Jazz night",
        "birthday": "--07-14"}))
    out = tmp_path / "out.vcf"
    result = exporter.export_vcards(out, version="3.0")
    assert result.count == 4  # "me" is not exported
    text = out.read_text(encoding="utf-8")
    assert "X-RAPPORT-STAGE:relationship" in text
    assert "X-RAPPORT-KEEP-IN-TOUCH-DAYS:21" in text
    assert "CATEGORIES:Investors,Jazz,Running" in text
    assert "FN:<b>Bold</b> <img src=x>" in text
    parsed = parse_file(out)
    assert len(parsed.cards) == 4 and not parsed.errors

    close_database()
    open_database(tmp_path / "fresh.sqlite3")
    importer.run_import([out])
    (cid,) = [ContactId(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE full_name = 'Ana Silva'")]
    got = contacts.get_contact(cid)
    assert got is not None
    f = got.fields
    assert (f.stage, f.keep_in_touch_days, f.how_we_met, f.birthday) == (
        "relationship", 21, "Jazz night", "--07-14")
    assert sorted(f.tags) == ["Investors", "Jazz", "Running"]
    assert f.phones[0] == LabeledValue("+44 20 7946 0018", "cell")


def test_export_of_a_tag_and_of_ids(tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    out = tmp_path / "jazz.vcf"
    assert exporter.export_vcards(out, tag="jazz").count == 2  # Ana, Zoë ("me" left out)
    names = sorted(c.full_name for c in parse_file(out).cards)
    assert names == ["Ana Silva", "Zoë Müller"]
    exporter.export_vcards(out, ids=[sample_contacts["bo"]], version="4.0")
    cards = parse_file(out).cards
    assert [c.full_name for c in cards] == ["Bo Chen"] and cards[0].version == "4.0"
    with pytest.raises(ServiceError, match="no tag named"):
        exporter.export_vcards(out, tag="No Such Tag")


def test_a_failed_export_leaves_the_old_file_untouched(
        tmp_path: Path, sample_contacts: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "contacts.vcf"
    out.write_text("the old export\n", encoding="utf-8")

    def failing_write(cards: Any, fh: Any, version: str = "3.0") -> int:
        fh.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter, "write_cards", failing_write)
    with pytest.raises(OSError, match="No space left"):
        exporter.export_vcards(out)
    assert out.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "contacts" in p.name) == ["contacts.vcf"]


def test_cancelled_export_leaves_the_old_file(tmp_path: Path,
                                              sample_contacts: dict[str, Any]) -> None:
    out = tmp_path / "contacts.vcf"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(exporter.ExportCancelled):
        exporter.export_vcards(out, progress=lambda done, total: False)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_export_then_import_into_the_same_database_changes_nothing(
        tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    out = tmp_path / "out.vcf"
    exporter.export_vcards(out, version="4.0")
    before = snapshot()
    result = importer.run_import([out])
    assert (result.new_count, result.merged_count) == (0, 0)
    assert snapshot() == before


def test_introductions_become_related_in_4_0_and_do_not_double_on_reimport(
    tmp_path: Path, sample_contacts: dict[str, ContactId]
) -> None:
    """Issue 3: 'introductions become RELATED where 4.0 allows'."""
    from desktop.models import Introduction

    ana, bo, zoe = sample_contacts["ana"], sample_contacts["bo"], sample_contacts["zoe"]
    db.execute_sql("UPDATE contact SET uid = ? WHERE id = ?",
                   ("urn:uuid:00000000-0000-4000-8000-00000000000b", bo))
    # A contact without a UID (a card from an older Rapport) is named in RELATED as text.
    db.execute_sql("UPDATE contact SET uid = NULL WHERE id = ?", (zoe,))
    Introduction.create(introducer=sample_contacts["me"], person_a=ana, person_b=bo,
                        status="met")
    Introduction.create(introducer=ana, person_a=ana, person_b=zoe, status="made")
    Introduction.create(introducer=ana, person_a=bo, person_b=zoe, status="declined")

    out4 = tmp_path / "four.vcf"
    exporter.export_vcards(out4, version="4.0")
    cards = {c.full_name: c for c in parse_file(out4).cards}
    assert [(r.value, r.kind) for r in cards["Ana Silva"].related] == [
        ("urn:uuid:00000000-0000-4000-8000-00000000000b", "acquaintance"),  # Bo, by UID
        ("Zoë Müller", "acquaintance"),  # no UID: her name, as text
    ]
    assert [r.value for r in cards["Bo Chen"].related] == [cards["Ana Silva"].uid or "Ana Silva"]
    assert "RELATED" in out4.read_text(encoding="utf-8")
    assert vobject_parse(out4.read_text(encoding="utf-8"))  # a valid 4.0 file

    out3 = tmp_path / "three.vcf"
    exporter.export_vcards(out3, version="3.0")
    assert all(not c.related for c in parse_file(out3).cards)  # 3.0 has no RELATED

    # Importing the export back (merging into the same people) and exporting again does
    # not turn the derived lines into card data: still one line per introduction.
    importer.run_import([out4])
    again = tmp_path / "again.vcf"
    exporter.export_vcards(again, version="4.0")
    cards = {c.full_name: c for c in parse_file(again).cards}
    assert len(cards["Ana Silva"].related) == 2
