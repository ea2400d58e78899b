"""The briefing's print preview, from the detail pane and File → Print This Week's
Briefings…: pages shown, the "one thing" typed and undone, paper size, Save as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models import Interaction, InteractionParticipant
from desktop.services import briefing as svc
from desktop.services import contacts
from desktop.services.search import week_start
from desktop.services.types import ContactFields, ContactId
from desktop.ui.briefing.briefing_preview import BriefingPreviewDialog, pdf_file_name
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations


@pytest.fixture()
def ops(db_path: Path) -> Operations:
    return Operations(QUndoStack())


def previews() -> list[BriefingPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, BriefingPreviewDialog) and w.isVisible()]


def open_preview(qtbot: QtBot, ops: Operations, ids: list[ContactId]) -> BriefingPreviewDialog:
    dialog = BriefingPreviewDialog(ops, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() == len(ids), timeout=30_000)
    return dialog


def test_preview_shows_a_page_per_person_and_saves_the_one_thing(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId],
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    dialog = open_preview(qtbot, ops, [ana, bo])
    assert [b.name for b in dialog.briefings] == ["Ana Silva", "Bo Chen"]
    assert dialog.one_thing_label.text() == "One thing I can do for Ana Silva:"
    # Nothing typed yet: Rapport's suggestion is offered as the placeholder.
    assert dialog.one_thing_edit.text() == ""
    assert "jazz" in dialog.one_thing_edit.placeholderText().lower()

    dialog.one_thing_edit.setFocus()
    qtbot.keyClicks(dialog.one_thing_edit, "Introduce her to Kim")
    dialog.one_thing_edit.editingFinished.emit()
    assert svc.get_one_thing(ana) == "Introduce her to Kim"
    qtbot.waitUntil(lambda: bool(dialog.briefings)
                    and dialog.briefings[0].one_thing == "Introduce her to Kim", timeout=30_000)
    assert not dialog.briefings[0].one_thing_suggested

    ops.undo_stack.undo()
    assert svc.get_one_thing(ana) == ""
    ops.undo_stack.redo()
    assert svc.get_one_thing(ana) == "Introduce her to Kim"


def test_paper_size_and_save_as_pdf(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId], tmp_path: Path,
) -> None:
    dialog = open_preview(qtbot, ops, [sample_contacts["ana"], sample_contacts["zoe"]])
    dialog.paper_combo.setCurrentText("Letter")
    assert dialog.page_size == "Letter"
    out = tmp_path / pdf_file_name(["Ana Silva", "Zoë Müller"])
    assert dialog.save_pdf(out)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    box = reader.pages[1].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Zoë Müller" in " ".join((reader.pages[1].extract_text() or "").split())


def test_safe_file_names() -> None:
    assert pdf_file_name(["Ana Silva"]) == "Briefing - Ana Silva.pdf"
    risky = pdf_file_name(['<b>a/b</b>: "x"\n'])
    assert risky.startswith("Briefing - ") and not set(risky) & set('\\/:*?"<>|\n')
    assert pdf_file_name(["a", "b", "c"]) == "Briefings - 3 people.pdf"


def test_the_detail_pane_button_opens_the_preview(
    qtbot: QtBot, tmp_path: Path, sample_contacts: dict[str, ContactId],
) -> None:
    window = _window(qtbot, tmp_path)
    window.contact_list.select_contact(sample_contacts["bo"])
    pane = window.detail
    qtbot.waitUntil(lambda: pane.briefing_button.isVisible(), timeout=30_000)
    assert pane.briefing_button.text() == "Briefing…"
    pane.briefing_button.click()
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=30_000)
    dialog = previews()[0]
    qtbot.waitUntil(lambda: dialog.page_count() == 1, timeout=30_000)
    assert dialog.windowTitle() == "Briefing: Bo Chen"
    assert [b.name for b in dialog.briefings] == ["Bo Chen"]
    dialog.close()


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    return window


def test_print_this_weeks_briefings(
    qtbot: QtBot, tmp_path: Path, sample_contacts: dict[str, ContactId],
) -> None:
    now = dt.datetime.now()
    end = dt.datetime.combine(week_start(now.date()) + dt.timedelta(days=7), dt.time())
    if end - now < dt.timedelta(minutes=10):
        pytest.skip("the week ends in a few minutes")
    step = (end - now) / 4
    for n, key in enumerate(("zoe", "bo"), start=1):
        i = Interaction.create(kind="meeting", happened_at=now + step * n, summary="1-2-1",
                               status="planned")
        InteractionParticipant.create(interaction=i.id, contact=sample_contacts[key])
    window = _window(qtbot, tmp_path)
    window.commands.week_briefings_action.trigger()
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=30_000)
    dialog = previews()[0]
    qtbot.waitUntil(lambda: dialog.page_count() == 2, timeout=30_000)
    assert [b.name for b in dialog.briefings] == ["Zoë Müller", "Bo Chen"]
    dialog.close()


def test_no_meetings_this_week_says_so(
    qtbot: QtBot, tmp_path: Path, sample_contacts: dict[str, ContactId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, title, _text, *a: told.append(title))
    window = _window(qtbot, tmp_path)
    assert window.tools.print_week_briefings() is None
    assert told == ["No meetings this week"] and previews() == []


def test_the_preview_fits_a_1280_by_800_screen_with_print_and_save_in_view(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId],
) -> None:
    dialog = open_preview(qtbot, ops, [sample_contacts["ana"]])
    # As opened: within the screen it is on (offscreen: 800 x 600).
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() * 0.9 and dialog.height() <= screen.height() * 0.9

    toolbar = dialog.toolbar
    assert toolbar is not None and dialog.print_action is not None

    def in_view(action: QAction) -> bool:
        button = toolbar.widgetForAction(action)
        return (button is not None and button.isVisible()
                and button.geometry().right() <= toolbar.width())

    laptop = QRect(0, 0, 1280, 800 - 32)  # a 1280 x 800 screen less its panel
    for available in (laptop, QRect(0, 0, 640, 480)):
        dialog.fit_to_screen(available)
        width = available.width()
        qtbot.waitUntil(lambda: dialog.width() <= width, timeout=30_000)  # noqa: B023
        assert available.contains(dialog.frameGeometry())
        assert dialog.height() <= available.height() * 0.9
        qtbot.waitUntil(lambda: in_view(dialog.save_pdf_action), timeout=30_000)
        assert in_view(dialog.print_action)
        assert toolbar.width() <= dialog.width()


def test_an_ampersand_in_the_name_over_the_one_thing_field_is_not_a_mnemonic(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId],
) -> None:
    duo, _ = contacts.create_contact(ContactFields(full_name="Tom & Jerry"))
    dialog = open_preview(qtbot, ops, [duo, sample_contacts["ana"]])
    assert dialog.one_thing_label.buddy() is dialog.one_thing_edit  # so "&" is a mnemonic
    drawn = dialog.one_thing_label.text().replace("&&", "\0").replace("&", "")
    assert drawn.replace("\0", "&") == "One thing I can do for Tom & Jerry:"
