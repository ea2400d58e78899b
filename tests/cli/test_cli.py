"""The command-line contract of DESIGN.md, run as a real process where it matters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models import close_database
from desktop.services.types import ContactId


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


@pytest.fixture()
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    result = rapport("demo", "--people", "120", db=path)
    assert result.returncode == 0, result.stderr
    assert "120 people" in result.stdout
    return path


def test_list_json_has_the_contract_keys(demo_db: Path) -> None:
    result = rapport("list", "--json", db=demo_db)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 120
    keys = {"id", "uid", "full_name", "given_name", "family_name", "organization", "title",
            "emails", "phones", "addresses", "urls", "birthday", "tags", "note", "has_photo",
            "stage", "last_interaction"}
    for record in records:
        assert keys <= record.keys()
        assert isinstance(record["emails"], list) and isinstance(record["tags"], list)
        assert record["birthday"] is None or len(record["birthday"]) in (7, 10)
    assert any(r["has_photo"] for r in records)
    assert any(r["addresses"] and {"street", "locality", "region", "postal_code", "country"}
               <= r["addresses"][0].keys() for r in records)
    assert any(r["birthday"] and r["birthday"].startswith("--") for r in records)


def test_list_json_says_when_you_last_met(db_path: Path) -> None:
    """``last_interaction``: the day of the latest interaction that has happened, or null
    (a planned meeting does not count until it takes place)."""
    import datetime as dt

    from desktop.services import contacts, interactions
    from desktop.services.types import ContactFields

    met, _ = contacts.create_contact(ContactFields(full_name="Ana Met"))
    planned, _ = contacts.create_contact(ContactFields(full_name="Bo Planned"))
    contacts.create_contact(ContactFields(full_name="Cy Never"))
    for who, when in ((met, dt.datetime(2025, 3, 4, 10, 30)), (met, dt.datetime(2024, 1, 2)),
                      (planned, dt.datetime.now() + dt.timedelta(days=3))):
        interactions.log_interaction(interactions.InteractionDraft(
            kind="meeting", happened_at=when, participants=(who,)))
    close_database()
    result = rapport("list", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    last = {r["full_name"]: r["last_interaction"] for r in json.loads(result.stdout)}
    assert last == {"Ana Met": "2025-03-04", "Bo Planned": None, "Cy Never": None}


def test_list_filters_by_tag_and_search(demo_db: Path) -> None:
    all_records = json.loads(rapport("list", "--json", db=demo_db).stdout)
    jazz = json.loads(rapport("list", "--json", "--tag", "jazz", db=demo_db).stdout)
    assert jazz and all("Jazz" in r["tags"] for r in jazz)
    assert len(jazz) == sum("Jazz" in r["tags"] for r in all_records)
    name = all_records[0]["full_name"]
    found = json.loads(rapport("list", "--json", "--search", name, db=demo_db).stdout)
    assert name in [r["full_name"] for r in found]
    plain = rapport("list", "--search", name.split()[0], db=demo_db)
    assert name in plain.stdout


def test_unknown_tag_is_a_clear_error(demo_db: Path) -> None:
    result = rapport("list", "--tag", "no such tag", db=demo_db)
    assert result.returncode == 1
    assert result.stderr.strip() == "rapport: no tag named 'no such tag'"


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    result = rapport("list", "--bogus", db=tmp_path / "x.sqlite3")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "unrecognized arguments: --bogus" in result.stderr
    assert rapport("demo", "--people", "0", db=tmp_path / "x.sqlite3").returncode == 2


def test_a_file_that_is_not_a_database_is_one_line_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 1000)
    result = rapport("list", db=bad)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_documents_the_start_up_measurement_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--quit-after-paint" in out
    for command in ("import", "export", "list", "briefing", "followups", "path", "demo"):
        assert command in out


def test_db_flag_beats_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RAPPORT_DB", str(tmp_path / "env.sqlite3"))
    try:
        assert main(["--db", str(tmp_path / "flag.sqlite3"), "demo", "--people", "5"]) == 0
    finally:
        close_database()
    assert (tmp_path / "flag.sqlite3").exists()
    assert not (tmp_path / "env.sqlite3").exists()


# --- `rapport FILE.vcf...`: the desktop's "Open with Rapport" -------------------------------

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Opened Person\r\nEMAIL:opened@example.org\r\nEND:VCARD\r\n"


@pytest.fixture()
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """What ``desktop.app.run`` would have been asked to open (the app itself is not run)."""
    import desktop.app

    calls: list[dict[str, object]] = []

    def fake_run(db_path: Path | None, *, quit_after_paint: bool = False,
                 open_files: Sequence[Path] = ()) -> int:
        calls.append({"db": db_path, "open_files": list(open_files),
                      "quit_after_paint": quit_after_paint})
        return 0

    monkeypatch.setattr(desktop.app, "run", fake_run)
    return calls


def test_vcard_files_open_the_app_with_their_import_preview(
        tmp_path: Path, opened: list[dict[str, object]]) -> None:
    first, second = tmp_path / "phone.vcf", tmp_path / "Work Contacts.VCARD"
    first.write_text(CARD)
    second.write_text(CARD)
    db = tmp_path / "x.sqlite3"
    assert main(["--db", str(db), str(first), second.as_uri()]) == 0
    assert opened == [{"db": db, "open_files": [first, second], "quit_after_paint": False}]
    assert main([]) == 0
    assert opened[-1]["open_files"] == []


def test_import_command_and_mistyped_commands_are_unchanged(
        tmp_path: Path, opened: list[dict[str, object]]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["lsit"])
    assert info.value.code == 2
    assert opened == []
    path = tmp_path / "a.vcf"
    path.write_text(CARD)
    result = rapport("import", str(path), db=tmp_path / "x.sqlite3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported 1 new")
    listed = json.loads(rapport("list", "--json", db=tmp_path / "x.sqlite3").stdout)
    assert [r["full_name"] for r in listed] == ["Opened Person"]


def test_a_missing_vcard_file_is_one_line_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "gone.vcf"
    result = rapport(str(missing), db=tmp_path / "x.sqlite3")
    assert result.returncode == 1
    assert result.stderr.strip() == f"rapport: {missing}: no such file"
    assert not (tmp_path / "x.sqlite3").exists()  # the app did not start


class _Recorder:
    """A stdout that remembers each write and how many contacts had been read by then."""

    def __init__(self, read_so_far: Callable[[], int]) -> None:
        self.writes: list[tuple[str, int]] = []
        self._read_so_far = read_so_far

    def write(self, text: str) -> int:
        self.writes.append((text, self._read_so_far()))
        return len(text)

    def flush(self) -> None:
        pass


def test_list_writes_each_batch_before_reading_the_next(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: `list` and `list --json` stream: a batch is written before the next is
    read, so 300,000 contacts take bounded memory; the JSON is still one valid array."""
    from desktop import cli
    from desktop.models import open_database
    from desktop.services import records, search

    monkeypatch.setattr(cli, "_WRITE_BATCH", 25)
    monkeypatch.setattr(cli, "_JSON_WRITE_BATCH", 25)
    read: list[int] = []
    real_json, real_fetch = records.iter_contact_json, search.fetch_rows

    def contact_json(ids: Sequence[ContactId], batch: int | None = None) -> Iterator[str]:
        for start in range(0, len(ids), 25):  # counted as SQLite hands each batch over
            chunk = ids[start : start + 25]
            texts = list(real_json(chunk))
            read.append(len(chunk))
            yield from texts

    def fetch(ids: Sequence[ContactId]) -> object:
        read.append(len(ids))
        return real_fetch(ids)

    monkeypatch.setattr(records, "iter_contact_json", contact_json)
    monkeypatch.setattr(search, "fetch_rows", fetch)
    for argv in (["list", "--json"], ["list"]):
        read.clear()
        out = _Recorder(lambda: sum(read))
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["--db", str(demo_db), *argv]) == 0
        close_database()
        batches = [n for text, n in out.writes if "\t" in text or "{" in text]
        assert batches == [25, 50, 75, 100, 120], argv  # each written before the next read
        text = "".join(t for t, _ in out.writes)
        if argv == ["list"]:
            assert len(text.splitlines()) == 120
            continue
        open_database(demo_db)
        expected = records.contact_records(search.query_ids(search.ListFilter()))
        close_database()
        assert json.loads(text) == expected


# `list --json` as the build before issue 18's second pass wrote it (correlated
# sub-selects, each contact's text put back into list order from a dict): the output must
# stay byte for byte what it was, whatever makes it faster.
_PREVIOUS_RECORD = """json_object(
    'id', c.id, 'uid', c.uid, 'full_name', c.full_name, 'given_name', c.given_name,
    'family_name', c.family_name, 'organization', c.organization, 'title', c.title,
    'emails', (SELECT json_group_array(address) FROM
        (SELECT address FROM email WHERE contact_id = c.id ORDER BY position)),
    'phones', (SELECT json_group_array(number) FROM
        (SELECT number FROM phone WHERE contact_id = c.id ORDER BY position)),
    'addresses', (SELECT json_group_array(json_object(
            'street', street, 'locality', locality, 'region', region,
            'postal_code', postal_code, 'country', country)) FROM
        (SELECT * FROM address WHERE contact_id = c.id ORDER BY position)),
    'urls', (SELECT json_group_array(url) FROM
        (SELECT url FROM url WHERE contact_id = c.id ORDER BY position)),
    'birthday', c.birthday,
    'tags', (SELECT json_group_array(name) FROM
        (SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id ORDER BY t.name COLLATE NOCASE)),
    'note', c.note,
    'has_photo', json(CASE WHEN EXISTS
        (SELECT 1 FROM contact_photo p WHERE p.contact_id = c.id) THEN 'true' ELSE 'false' END),
    'stage', c.stage,
    'last_interaction', nullif(substr(c.last_interaction_at, 1, 10), '')
)"""


def test_list_json_is_byte_for_byte_what_it_was(db_path: Path) -> None:
    """Markup, quotes, backslashes, controls and non-ASCII letters are written exactly as
    before (non-ASCII as is, never \\u-escaped; "<b>" and "&" as they are), in list order,
    with the same keys in the same order."""
    from desktop.models import db, open_database
    from desktop.services import contacts, search
    from desktop.services.types import ContactFields, LabeledValue, PostalAddress

    hostile, _ = contacts.create_contact(ContactFields(
        full_name='Zoë "Z" <b>O\'Brien</b> & Søn', given_name="Zoë", family_name="O'Brien",
        organization="Ærø\\Tech\t<script>", title="Chef\u2028de\u202eprojet 🎉",
        birthday="--02-29", note="line one\nline two\r\n\u0007 \u00a0 \"quoted\" </note>",
        stage="trusted",
        emails=(LabeledValue("zoë@exämple.org"), LabeledValue("z@b.example")),
        phones=(LabeledValue("+44 20 7946 0000"), LabeledValue("(0)30 1234")),
        addresses=(PostalAddress(street="Torstraße 140", locality="Berlin",
                                 postal_code="10119", country="Deutschland"),
                   PostalAddress(street="1 <i>Rue</i>", country="France")),
        urls=(LabeledValue("https://example.org/?a=1&b=<2>"),),
        tags=("jazz", "Ärger", "b-tag"),
    ))
    contacts.set_photo(hostile, b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image/png")
    contacts.create_contact(ContactFields(full_name="Ana Plain", birthday="1980-05-06"))
    contacts.create_contact(ContactFields(organization="Nameless Ltd"))
    ids = search.query_ids(search.ListFilter())
    rows = dict(db.execute_sql(f"SELECT c.id, {_PREVIOUS_RECORD} FROM contact c").fetchall())
    previous = "[\n" + ",\n".join(rows[int(i)] for i in ids) + "\n]\n"
    close_database()

    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(db_path), "list", "--json"],
        capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == previous
    line = next(t for t in previous.split("\n") if "Søn" in t)
    assert line.startswith(f'{{"id":{hostile},"uid":')
    assert line.endswith(
        ',"full_name":"Zoë \\"Z\\" <b>O\'Brien</b> & Søn","given_name":"Zoë",'
        '"family_name":"O\'Brien","organization":"Ærø\\\\Tech\\t<script>",'
        '"title":"Chef\u2028de\u202eprojet 🎉",'
        '"emails":["zoë@exämple.org","z@b.example"],'
        '"phones":["+44 20 7946 0000","(0)30 1234"],'
        '"addresses":[{"street":"Torstraße 140","locality":"Berlin","region":"",'
        '"postal_code":"10119","country":"Deutschland"},{"street":"1 <i>Rue</i>",'
        '"locality":"","region":"","postal_code":"","country":"France"}],'
        '"urls":["https://example.org/?a=1&b=<2>"],"birthday":"--02-29",'
        '"tags":["b-tag","jazz","Ärger"],'
        '"note":"line one\\nline two\\r\\n\\u0007 \u00a0 \\"quoted\\" </note>",'
        '"has_photo":true,"stage":"trusted","last_interaction":null}'
    ), line
    open_database(db_path)  # the fixture closes it
