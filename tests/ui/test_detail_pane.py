"""The detail pane shows a contact as a user reads it, and its in-place edits undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.types import ContactFields, ContactId
from desktop.ui.avatar import initials, initials_pixmap
from desktop.ui.detail_pane import DetailPane, format_partial_date
from desktop.ui.operations import Operations


@pytest.fixture()
def ops(db_path: Path) -> Operations:
    return Operations(QUndoStack())


@pytest.fixture()
def pane(qtbot: QtBot, ops: Operations) -> DetailPane:
    widget = DetailPane(ops)
    qtbot.addWidget(widget)
    widget.resize(420, 800)
    widget.show()
    return widget


def shown_texts(widget: QWidget) -> list[str]:
    """The text of every visible label in *widget* (what the user can read)."""
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_shows_name_organisation_and_emails(
    pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["ana"])
    texts = "\n".join(shown_texts(pane))
    assert pane.name_label.text() == "Ana Silva"
    assert pane.subtitle_label.text() == "CTO · Lumen Labs"
    assert "ana@lumen.example" in texts
    assert 'href="mailto:ana@lumen.example"' in texts
    assert "+44 20 7946 0018" in texts
    assert pane.note_view.toPlainText() == "Loves trail running; two kids."
    assert pane.stage_selector.stage() == "relationship"


def test_placeholder_when_nothing_selected(
    pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["ana"])
    pane.show_contact(None)
    assert pane.placeholder.isVisibleTo(pane)
    assert pane.placeholder.text() == "Select a contact"


def test_markup_in_a_name_is_shown_literally(
    pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["markup"])
    assert pane.name_label.textFormat() == Qt.TextFormat.PlainText
    assert pane.name_label.text() == "<b>Bold</b> <img src=x>"
    assert pane.subtitle_label.text() == "<script>x</script>"
    assert pane.subtitle_label.textFormat() == Qt.TextFormat.PlainText


def test_in_common_lists_exactly_the_shared_interests(
    pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["ana"])
    # Me: Running, Jazz, Chess. Ana: Running, Jazz, Investors.
    assert pane.common_chips.chip_texts() == ["Jazz", "Running"]
    assert "IN COMMON" in pane.visible_sections()


def test_in_common_explains_how_to_get_it_without_a_profile(
    pane: DetailPane, db_path: Path
) -> None:
    cid, _ = contacts.create_contact(ContactFields(full_name="Lone Wolf", tags=("Chess",)))
    pane.show_contact(cid)
    assert pane.common_chips.chip_texts() == []
    assert "Add your own interests in My profile" in pane.common_hint.text()


def test_me_profile_has_badge_and_no_in_common(
    pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["me"])
    assert pane.me_badge.isVisibleTo(pane)
    assert "IN COMMON" not in pane.visible_sections()
    pane.show_contact(sample_contacts["ana"])
    assert not pane.me_badge.isVisibleTo(pane)


def test_avoid_topics_shown_apart(
    pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    from desktop.services import tags

    politics = tags.find_tag("Politics")
    assert politics is not None
    ops.update_tag(politics, category="avoid")
    pane.show_contact(sample_contacts["bo"])
    assert pane.avoid_chips.chip_texts() == ["Politics"]
    assert "Politics" not in pane.tag_chips.chip_texts()
    assert "TOPICS TO AVOID" in pane.visible_sections()


def test_empty_sections_are_hidden(pane: DetailPane, sample_contacts: dict[str, ContactId]
                                   ) -> None:
    pane.show_contact(sample_contacts["zoe"])
    sections = pane.visible_sections()
    assert "CONTACT" not in sections
    assert "NOTES" not in sections
    assert "DATES" not in sections


def test_adding_a_tag_in_the_chip_field_tags_the_contact_and_undo_removes_it(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    ana = sample_contacts["ana"]
    pane.show_contact(ana)
    edit = pane.tag_chips.line_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Sailing")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    detail = contacts.get_contact(ana)
    assert detail is not None and "Sailing" in detail.fields.tags
    assert "Sailing" in pane.tag_chips.chip_texts()
    assert edit.text() == ""

    ops.undo_stack.undo()
    detail = contacts.get_contact(ana)
    assert detail is not None and "Sailing" not in detail.fields.tags
    assert "Sailing" not in pane.tag_chips.chip_texts()


def test_removing_a_chip_untags_the_contact(
    qtbot: QtBot, pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    ana = sample_contacts["ana"]
    pane.show_contact(ana)
    chip = next(c for c in pane.tag_chips._chips if c.tag.name == "Investors")
    assert chip.remove_button is not None
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    detail = contacts.get_contact(ana)
    assert detail is not None and detail.fields.tags == ("Jazz", "Running")


def test_stage_change_is_undoable(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    bo = sample_contacts["bo"]
    pane.show_contact(bo)
    qtbot.mouseClick(pane.stage_selector.buttons["trusted"], Qt.MouseButton.LeftButton)
    detail = contacts.get_contact(bo)
    assert detail is not None and detail.fields.stage == "trusted"
    assert pane.stage_selector.stage() == "trusted"
    ops.undo_stack.undo()
    detail = contacts.get_contact(bo)
    assert detail is not None and detail.fields.stage == "acquainted"
    assert pane.stage_selector.stage() == "acquainted"


def test_deleted_contact_falls_back_to_placeholder(
    pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["zoe"])
    ops.delete_contacts([sample_contacts["zoe"]])
    assert pane.placeholder.isVisibleTo(pane)


def test_long_note_and_long_words_do_not_widen_the_pane(
    pane: DetailPane, db_path: Path
) -> None:
    cid, _ = contacts.create_contact(ContactFields(
        full_name="N" * 200, how_we_met="x" * 400, note="word " * 2000,
        tags=("t" * 100,),
    ))
    pane.show_contact(cid)
    pane.resize(420, 800)
    content = pane.scroll_area.widget()
    assert content.width() <= pane.scroll_area.viewport().width()
    assert pane.note_view.height() <= 320
    assert pane.note_view.toPlainText().count("word") == 2000


def test_year_less_birthday_reads_as_day_and_month() -> None:
    assert format_partial_date("--03-04") == "4 March"
    assert format_partial_date("1980-03-04") == "4 March 1980"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Ana Silva", "AS"), ("", ""), ("   ", ""), ("Cher", "C"), ("محمد علي", "مع"),
     ("(Bo) Chen", "BC"), ("👩‍💻", "👩‍💻")],
)
def test_initials(name: str, expected: str, qtbot: QtBot) -> None:
    assert initials(name) == expected
    assert not initials_pixmap(name, 40).isNull()
