"""The detail pane shows a contact as a user reads it, and its in-place edits undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import contacts, tags
from desktop.services.types import ContactFields, ContactId, LabeledValue
from desktop.ui.common.avatar import initials, initials_pixmap
from desktop.ui.contacts.detail_pane import DetailPane
from desktop.ui.contacts.detail_parts import ElidedLinkLabel, format_partial_date
from desktop.ui.contacts.tag_chips import completion_rank
from desktop.ui.operations import Operations
from tests.ui.windows import pane_filled


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


def after_change(qtbot: QtBot) -> None:
    """A change reaches the pane in a turn of the event loop of its own, after the
    change's other views have repainted (issue 18): let those turns run."""
    pane_filled(qtbot)


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


def test_a_contact_deleted_by_another_program_while_the_pane_fills_leaves_the_placeholder(
    pane: DetailPane, db_path: Path, sample_contacts: dict[str, ContactId]
) -> None:
    """Another connection (a sync, a restore, a second program) commits between two of the
    fill's reads: the contact is gone by the time the pinned part asks for its one thing.
    The pane shows "Select a contact", not an exception in the event loop."""
    import sqlite3

    from desktop.models import db

    bo = sample_contacts["bo"]
    other = sqlite3.connect(db_path)
    fired: list[str] = []

    def between_reads(sql: str) -> None:
        if not fired and "one_thing" in sql:
            fired.append(sql)
            other.execute("PRAGMA foreign_keys = ON")
            other.execute("DELETE FROM contact WHERE id = ?", (int(bo),))
            other.commit()

    connection = db.connection()
    connection.set_trace_callback(between_reads)
    try:
        pane.show_contact(bo)
    finally:
        connection.set_trace_callback(None)
        other.close()
    assert fired, "the fill no longer reads the one thing: this test checks nothing"
    assert pane.placeholder.isVisibleTo(pane)
    assert contacts.get_contact(bo) is None


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
    after_change(qtbot)
    assert "Sailing" in pane.tag_chips.chip_texts()
    assert edit.text() == ""

    ops.undo_stack.undo()
    detail = contacts.get_contact(ana)
    assert detail is not None and "Sailing" not in detail.fields.tags
    after_change(qtbot)
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
    after_change(qtbot)
    assert pane.stage_selector.stage() == "acquainted"


def test_deleted_contact_falls_back_to_placeholder(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    pane.show_contact(sample_contacts["zoe"])
    ops.delete_contacts([sample_contacts["zoe"]])
    after_change(qtbot)
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


# --- QA fixes: the add-tag field, Ctrl+Z, long e-mails, the header ------------------------

def _activate(qtbot: QtBot, pane: DetailPane) -> None:
    """Focus only reaches the field (and QLineEdit wires up its completer) in the active
    window, as in the app."""
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow, timeout=30_000)
    pane.tag_chips.line_edit.setFocus()
    qtbot.waitUntil(pane.tag_chips.line_edit.hasFocus, timeout=30_000)


def test_tag_field_is_emptied_after_a_completion_pick_and_when_the_contact_changes(
    qtbot: QtBot, pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    bo, zoe = sample_contacts["bo"], sample_contacts["zoe"]
    pane.show_contact(bo)
    _activate(qtbot, pane)
    edit = pane.tag_chips.line_edit
    qtbot.keyClicks(edit, "jaz")
    popup = edit.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=30_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # The completer puts its pick back in the field after Return: it must not stay.
    qtbot.waitUntil(lambda: edit.text() == "", timeout=30_000)
    qtbot.wait(20)
    assert edit.text() == ""
    detail = contacts.get_contact(bo)
    assert detail is not None and detail.fields.tags == ("Chess", "Jazz", "Politics")

    # Half-typed text for Bo must not tag Zoë when Enter is pressed after switching.
    qtbot.keyClicks(edit, "Running")
    pane.show_contact(zoe)
    assert edit.text() == ""
    assert not edit.isUndoAvailable()  # Ctrl+Z cannot bring "Running" back either
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    detail = contacts.get_contact(zoe)
    assert detail is not None and detail.fields.tags == ("Jazz",)


def test_ctrl_z_in_the_tag_field_undoes_the_tag_not_the_typing(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    undo = ops.undo_stack.createUndoAction(pane, "&Undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    pane.addAction(undo)  # the main window's Edit → Undo, in miniature
    bo = sample_contacts["bo"]
    pane.show_contact(bo)
    _activate(qtbot, pane)
    edit = pane.tag_chips.line_edit
    qtbot.keyClicks(edit, "Golf")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    detail = contacts.get_contact(bo)
    assert detail is not None and "Golf" in detail.fields.tags
    assert edit.hasFocus()

    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    detail = contacts.get_contact(bo)
    assert detail is not None and "Golf" not in detail.fields.tags
    after_change(qtbot)
    assert "Golf" not in pane.tag_chips.chip_texts()

    # Text typed in the field is still the field's own to undo.
    qtbot.keyClicks(edit, "Sa")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""
    assert ops.undo_stack.index() == 0 and ops.undo_stack.count() == 1


def test_a_long_email_ends_in_an_ellipsis_with_the_full_address_in_its_tooltip(
    qtbot: QtBot, pane: DetailPane, db_path: Path
) -> None:
    address = "valentina.dimitrov.consulting@pioneer-ventures.example"
    cid, _ = contacts.create_contact(ContactFields(
        full_name="Valentina Dimitrov", emails=(LabeledValue(address, "work"),)))
    pane.resize(346, 800)
    pane.show_contact(cid)
    labels = pane.contact_grid.findChildren(ElidedLinkLabel)
    assert len(labels) == 1
    label = labels[0]
    qtbot.waitUntil(lambda: label.shown_text() != address, timeout=30_000)
    shown = label.shown_text()
    assert shown.endswith("…") and address.startswith(shown[:-1])
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    assert address in label.toolTip()
    assert 'href="mailto:' + address + '"' in label.text()

    pane.resize(900, 800)  # room enough: shown in full, no tooltip needed
    qtbot.waitUntil(lambda: label.shown_text() == address, timeout=30_000)
    assert label.toolTip() == ""


def test_a_short_name_and_its_subtitle_stay_on_one_line_in_a_narrow_pane(
    qtbot: QtBot, pane: DetailPane, db_path: Path
) -> None:
    cid, _ = contacts.create_contact(ContactFields(
        full_name="Zoë Mendes", title="Architect", organization="Cobalt Studio"))
    pane.resize(320, 800)  # the pane's minimum width
    pane.show_contact(cid)
    qtbot.waitUntil(lambda: pane.name_label.width() > 0, timeout=30_000)

    def lines(label: QLabel) -> int:
        return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())

    qtbot.waitUntil(lambda: lines(pane.name_label) == 1, timeout=30_000)
    assert lines(pane.subtitle_label) == 1
    assert pane.edit_button.isVisible() and pane.briefing_button.isVisible()


def test_completions_list_names_starting_with_the_text_first() -> None:
    assert [n for n in sorted(["Architecture", "Chess", "Machine learning", "Coffee"],
                              key=lambda n: completion_rank(n, "ch"))
            if completion_rank(n, "ch") < 3] == ["Chess", "Architecture", "Machine learning"]


def test_the_completer_offers_prefix_then_word_start_then_other_matches(
    qtbot: QtBot, pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    for name in ("Architecture", "Board games", "Gaming", "Vegan food"):
        tags.create_tag(name)
    pane.show_contact(sample_contacts["zoe"])
    _activate(qtbot, pane)
    edit = pane.tag_chips.line_edit
    completer = edit.completer()

    def offered() -> list[str]:
        model = completer.completionModel()
        return [str(model.index(r, 0).data()) for r in range(model.rowCount())]

    qtbot.keyClicks(edit, "ch")
    assert offered() == ["Chess", "Architecture"]
    edit.setText("")
    qtbot.keyClicks(edit, "ga")
    assert offered() == ["Gaming", "Board games", "Vegan food"]


def test_the_pane_asks_for_the_width_its_content_needs(
    pane: DetailPane, sample_contacts: dict[str, ContactId]
) -> None:
    """QA: at a narrow splitter the stage buttons and the timeline's buttons were cut off
    (the pane never scrolls sideways); the splitter must not make it narrower than that."""
    pane.show_contact(sample_contacts["ana"])
    needed = pane.stage_selector.minimumSizeHint().width() + 40  # the content's margins
    assert pane.minimumSizeHint().width() >= needed


def test_numbers_are_shown_as_the_users_region_writes_them(pane: DetailPane,
                                                           db_path: Path) -> None:
    """Issue 11: a Dutch user reads a Dutch mobile nationally, a French one internationally;
    each link dials the E.164 number, whatever was typed."""
    from desktop.services import phones
    from desktop.services.types import PostalAddress

    phones.set_user_region("NL")
    cid, _ = contacts.create_contact(ContactFields(
        full_name="Sam Martin",
        phones=(LabeledValue("+31612345678", "cell"), LabeledValue("+33 (0)6 12 34 56 78"),
                LabeledValue("020-123 4567", "work"), LabeledValue("123", "other")),
        addresses=(PostalAddress(street="Dam 1", locality="Amsterdam", country="Nederland"),)))
    pane.show_contact(cid)
    labels = [w for w in pane.contact_grid.findChildren(ElidedLinkLabel)
              if w.full_text() != "" and "mailto" not in w.text()]
    assert [w.full_text() for w in labels] == [
        "06 12345678", "+33 6 12 34 56 78", "020 123 4567", "123"]
    assert 'href="tel:+31612345678"' in labels[0].text()
    assert 'href="tel:+33612345678"' in labels[1].text()


def test_a_change_keeps_what_it_did_not_touch_and_redraws_what_it_did(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    """The pane refills after every change: what did not change keeps its widgets (a
    follow-up done or a tag put on must not rebuild the whole pane, issue 18)."""
    import datetime as dt

    from desktop.services import followups
    from desktop.ui.contacts.tag_chips import TagChip

    ana = sample_contacts["ana"]
    pane.show_contact(ana)

    def marked(parent: QWidget, kind: type[QWidget]) -> list[object]:
        return [w.property("kept") for w in parent.findChildren(kind) if w.isVisibleTo(pane)]

    for n, chip in enumerate(pane.tag_chips.findChildren(TagChip)):
        chip.setProperty("kept", n)
    for label in pane.contact_grid.findChildren(ElidedLinkLabel):
        label.setProperty("kept", "yes")
    assert "Follow up" not in shown_texts(pane)
    assert ops.add_followup(ana, dt.date.today() + dt.timedelta(days=3), "Send the deck")
    after_change(qtbot)
    assert "Follow up" in shown_texts(pane)  # the activity grid shows it
    assert marked(pane.tag_chips, TagChip) == [0, 1, 2]
    assert marked(pane.contact_grid, ElidedLinkLabel) == ["yes", "yes"]
    followups.add_followup(sample_contacts["bo"], dt.date.today(), "Not Ana's")
    assert ops.change_tags([ana], add=["Sailing"])
    after_change(qtbot)
    assert pane.tag_chips.chip_texts() == ["Investors", "Jazz", "Running", "Sailing"]
    assert marked(pane.tag_chips, TagChip) == [0, 1, 2, None]  # only the new tag's chip
    assert marked(pane.contact_grid, ElidedLinkLabel) == ["yes", "yes"]


def test_a_follow_up_of_someone_else_and_its_undo_leave_the_pane_as_it_is(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 18: a follow-up marked done (in the calendar, say) and its undo read the pane
    again only when it shows that person: an undo said "interactions changed" and every
    pane re-read its contact."""
    import datetime as dt

    from desktop.services import followups

    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    followups.add_followup(ana, dt.date.today(), "Call Ana")
    pane.show_contact(bo)
    read: list[ContactId] = []
    real = contacts.get_contact

    def spy(contact_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(contact_id)
        return real(contact_id, *args, **kwargs)

    monkeypatch.setattr(contacts, "get_contact", spy)
    [item] = followups.open_followups(ana)
    assert ops.mark_followup_done(item)
    ops.undo_stack.undo()
    ops.undo_stack.redo()
    after_change(qtbot)
    assert bo not in read
    pane.show_contact(ana)
    assert "Follow up" not in shown_texts(pane)
    read.clear()
    ops.undo_stack.undo()  # the pane shows Ana now: her follow-up is back
    assert read == []  # not yet: in the next turn, once however many changes came
    after_change(qtbot)
    assert read == [ana]
    assert "Follow up" in shown_texts(pane)  # the activity grid shows it again


def test_building_the_pane_opens_no_window_and_keeps_the_focus(qtbot: QtBot, ops: Operations
                                                               ) -> None:
    """The tag field was shown before it had a parent: for a moment a window of its own,
    which took the activation from the main window (the keyboard focus went, and every
    list repainted as inactive; issue 18). Built beside a window, the pane leaves it
    alone."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    window.show()
    qtbot.waitActive(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=30_000)
    shown = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    qtbot.wait(50)
    assert {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()} == shown
    assert not pane.tag_chips.line_edit.isWindow()
    assert field.hasFocus()


def test_changes_in_one_turn_read_the_contact_once_after_it(
    qtbot: QtBot, pane: DetailPane, ops: Operations, sample_contacts: dict[str, ContactId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pane reads a change in the next turn of the event loop, once however many
    changes came (the calendar's lists paint first: each turn stays short, issue 18)."""
    import datetime as dt

    ana = sample_contacts["ana"]
    pane.show_contact(ana)
    read: list[ContactId] = []
    real = contacts.get_contact

    def spy(contact_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(contact_id)
        return real(contact_id, *args, **kwargs)

    monkeypatch.setattr(contacts, "get_contact", spy)
    assert ops.add_followup(ana, dt.date.today() + dt.timedelta(days=3), "Send the deck")
    assert ops.change_tags([ana], add=["Sailing"])
    assert read == []
    after_change(qtbot)
    assert read == [ana]
    assert "Sailing" in pane.tag_chips.chip_texts() and "Follow up" in shown_texts(pane)
