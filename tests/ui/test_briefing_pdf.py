"""The printed briefing (issue 6): real PDFs read back with pypdf, one page per person,
contact text printed literally, nothing loaded from files, long content fitted."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument

from desktop.models import Interaction, InteractionParticipant, db
from desktop.services import contacts
from desktop.services.avatars import avatar_png
from desktop.services.briefing import briefing
from desktop.services.types import ContactFields, ContactId
from desktop.ui.briefing.briefing_html import LEVELS, briefing_html, clip
from desktop.ui.briefing.briefing_pdf import (
    BriefingDocument,
    ensure_gui_application,
    write_briefing_pdf,
)

HEADINGS = ("HOW WE MET", "ABOUT THEM", "LAST CONVERSATIONS", "OPEN FOLLOW-UPS", "INTERESTS",
            "TOPICS TO AVOID", "FAVOURS", "PEOPLE YOU BOTH KNOW", "WORTH INTRODUCING",
            "DETAILS", "ONE THING I CAN DO")


LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl",
                          "\ufb03": "ffi", "\ufb04": "ffl"})


def pages_text(path: Path) -> list[str]:
    """Each page's text, ligatures unfolded ("ﬁ" -> "fi") and whitespace collapsed."""
    reader = PdfReader(str(path))
    return [" ".join((p.extract_text() or "").translate(LIGATURES).split())
            for p in reader.pages]


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> None:
    """pytest-qt's QApplication (widgets tests follow in the same process): the writer
    must use the running application, not start its own."""
    assert ensure_gui_application() is qapp


def test_one_page_per_person_with_their_content(
    sample_contacts: dict[str, ContactId], tmp_path: Path,
) -> None:
    ids = [sample_contacts[k] for k in ("ana", "bo", "zoe")]
    out = tmp_path / "three.pdf"
    assert write_briefing_pdf(ids, out, "A4") == 3
    text = pages_text(out)
    assert len(text) == 3
    assert "Ana Silva" in text[0] and "CTO · Lumen Labs" in text[0]
    assert "Loves trail running; two kids." in text[0]
    assert "★ Jazz" in text[0] and "★ Running" in text[0]  # shared with me, marked
    assert "ana@lumen.example" in text[0]
    assert "Bo Chen" in text[1] and "Ana Silva" not in text[1]
    assert "Zoë Müller" in text[2] and "Café Zürich" in text[2]
    # A4 is 595 x 842 points.
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_letter_paper(sample_contacts: dict[str, ContactId], tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    write_briefing_pdf([sample_contacts["ana"]], out, "Letter")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_markup_in_contact_text_prints_literally(
    sample_contacts: dict[str, ContactId], tmp_path: Path,
) -> None:
    picture = tmp_path / "secret.png"
    picture.write_bytes(avatar_png("secret"))
    cid = sample_contacts["markup"]
    db.execute_sql(
        "UPDATE contact SET note = ?, how_we_met = ? WHERE id = ?",
        (f'<img src="{picture.as_uri()}"> and <a href="https://example.com">link</a>',
         "<script>alert(1)</script> & <i>co</i>", cid),
    )
    out = tmp_path / "markup.pdf"
    write_briefing_pdf([cid], out)
    text = pages_text(out)[0]
    assert "<b>Bold</b> <img src=x>" in text
    assert "<script>x</script>" in text
    assert f'<img src="{picture.as_uri()}">' in text
    assert '<a href="https://example.com">link</a>' in text
    assert "<script>alert(1)</script> & <i>co</i>" in text
    # The only picture on the page is the initials disc Rapport drew, not the file.
    assert len(PdfReader(str(out)).pages[0].images) == 1


def test_the_document_loads_nothing_by_itself(tmp_path: Path) -> None:
    picture = tmp_path / "x.png"
    picture.write_bytes(avatar_png("x", size=96))
    markup = f'<img src="{picture.as_uri()}">'
    plain = QTextDocument()  # Qt's own document reads the file: the picture is 96 px high
    plain.setHtml(markup)
    assert plain.size().height() >= 96
    doc = BriefingDocument()
    doc.setHtml(markup + f'<img src="{picture}"><img src="https://example.com/x.png">')
    assert doc.size().height() < 24  # a blank pixel each, nothing read
    assert set(doc.refused) == {picture.as_uri(), str(picture), "https://example.com/x.png"}


def test_a_contact_with_every_field_empty(db_path: Path, tmp_path: Path) -> None:
    cid, _ = contacts.create_contact(ContactFields())
    out = tmp_path / "empty.pdf"
    write_briefing_pdf([cid], out)
    text = pages_text(out)
    assert len(text) == 1
    assert "(no name)" in text[0] and "BRIEFING" in text[0]
    assert not [h for h in HEADINGS if h in text[0]]  # no section printed blank
    assert len(PdfReader(str(out)).pages[0].images) == 0


def test_the_photo_is_printed(sample_contacts: dict[str, ContactId], tmp_path: Path) -> None:
    contacts.set_photo(sample_contacts["ana"], avatar_png("ana"), "image/png")
    out = tmp_path / "photo.pdf"
    write_briefing_pdf([sample_contacts["ana"]], out)
    assert len(PdfReader(str(out)).pages[0].images) == 1


def test_long_content_still_fits_one_page_with_a_marker(
    sample_contacts: dict[str, ContactId], tmp_path: Path,
) -> None:
    ana = sample_contacts["ana"]
    essay = " ".join(f"word{i}" for i in range(900))
    db.execute_sql("UPDATE contact SET note = ?, how_we_met = ?, title = ? WHERE id = ?",
                   (essay, essay, "Chief " * 80, ana))
    now = dt.datetime.now()
    for days in range(1, 8):
        i = Interaction.create(kind="meeting", happened_at=now - dt.timedelta(days=days),
                               summary=f"Meeting {days}", notes=f"Start{days} " + essay)
        InteractionParticipant.create(interaction=i.id, contact=ana)
    unbroken = "x" * 3000  # one endless word must wrap, not run off the page
    db.execute_sql("UPDATE contact SET nickname = ? WHERE id = ?", (unbroken, ana))
    out = tmp_path / "long.pdf"
    write_briefing_pdf([ana, sample_contacts["bo"]], out)
    text = pages_text(out)
    assert len(text) == 2  # still one page each
    assert "…" in text[0] and "word899" not in text[0]
    assert "Start1" in text[0] and "Meeting 3" in text[0] and "Meeting 4" not in text[0]
    assert "Bo Chen" in text[1]


def test_clip_marks_what_it_cut() -> None:
    assert clip("short", 10) == "short"
    cut = clip("one two three four five six", 14)
    assert cut.endswith("…") and len(cut) <= 14 and cut.startswith("one two")


def test_html_escapes_every_contact_string(sample_contacts: dict[str, ContactId]) -> None:
    b = briefing(sample_contacts["markup"])
    page = briefing_html(b, LEVELS[0])
    assert "<b>Bold" not in page and "<script>" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt; &lt;img src=x&gt;" in page
    assert not re.search(r"<img(?![^>]*rapport-briefing:photo)", page)


def test_an_unwritable_path_is_an_os_error(
    sample_contacts: dict[str, ContactId], tmp_path: Path,
) -> None:
    with pytest.raises(OSError):
        write_briefing_pdf([sample_contacts["ana"]], tmp_path / "missing" / "x.pdf")
    assert list(tmp_path.iterdir()) == [tmp_path / "rapport.sqlite3"] or all(
        not p.name.startswith(".briefing-") for p in tmp_path.iterdir())
