"""The common UI toolkit (issue 14): one date style from the locale, palette-aware colour
tokens, icons that read on light and dark, named swatches, one people picker, the job
runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt, QThreadPool
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop.services import contacts
from desktop.services.types import ContactFields, ContactId
from desktop.ui.common import formatting, icons, style, tokens
from desktop.ui.common.formatting import DateError

D = dt.date(2026, 3, 4)


@pytest.fixture()
def locale_of() -> Iterator[object]:
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale("en_GB"))


# --- formatting ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "date", "short", "day", "month"), [
    ("en_GB", "4 March 2026", "4 Mar", "Wednesday, 4 March", "March 2026"),
    ("en_US", "March 4, 2026", "Mar 4", "Wednesday, March 4", "March 2026"),
    ("de_DE", "4. März 2026", "4. März", "Mittwoch, 4. März", "März 2026"),
    ("fr_FR", "4 mars 2026", "4 mars", "mercredi 4 mars", "mars 2026"),
    ("hu_HU", "2026. március 4.", "márc. 4.", "március 4., szerda", "2026. március"),
    ("ja_JP", "2026年3月4日", "3月4日", "3月4日水曜日", "2026年3月"),
])
def test_one_date_style_in_the_users_own_order(locale_of, name: str, date: str,  # type: ignore[no-untyped-def]
                                               short: str, day: str, month: str) -> None:
    locale_of(name)
    this_year = dt.date(2026, 11, 1)
    assert formatting.date_text(D) == date
    assert formatting.short_date(D, this_year) == short
    assert formatting.short_date(D, dt.date(2027, 1, 1)) != short  # the year when it differs
    assert formatting.day_text(D, this_year) == day
    assert formatting.month_year(D) == month


def test_vcard_dates_never_show_their_syntax(locale_of) -> None:  # type: ignore[no-untyped-def]
    assert formatting.partial_date("--03-04") == "4 March"
    assert formatting.partial_date("1980-03-04") == "4 March 1980"
    assert formatting.partial_date("--02-29") == "29 February"
    assert "YYYY" not in formatting.date_placeholder()
    assert formatting.date_placeholder() == "e.g. 4 March 1980, or 4 March without the year"
    locale_of("de_DE")
    assert formatting.partial_date("--03-04") == "4. März"


def test_relative_words_and_numbers() -> None:
    today = dt.date(2026, 3, 12)
    assert [formatting.relative_days(n) for n in (0, 1, -1, 3, -1 * 1, -6, 21, -70, 800)] == [
        "today", "tomorrow", "yesterday", "in 3 days", "yesterday", "6 days ago",
        "in 3 weeks", "2 months ago", "in 2 years"]
    assert formatting.relative_day(today + dt.timedelta(days=1), today) == "Tomorrow"
    assert formatting.relative_day(today - dt.timedelta(days=30), today) == "10 Feb"
    assert formatting.span(-1) == "1 day" and formatting.span(-21) == "3 weeks"
    now = dt.datetime(2026, 3, 12, 12, 0)
    assert formatting.ago(now - dt.timedelta(seconds=20), now) == "just now"
    assert formatting.ago(now - dt.timedelta(minutes=1), now) == "1 minute ago"
    assert formatting.ago(now - dt.timedelta(hours=3), now) == "3 hours ago"
    assert formatting.ago(now - dt.timedelta(days=1), now) == "yesterday"
    assert formatting.number(1234567) == "1,234,567"
    assert formatting.date_time_text(dt.datetime(2026, 3, 4, 9, 30), today) == "Wed, 4 Mar, 09:30"


def test_typed_dates_in_the_users_language(locale_of) -> None:  # type: ignore[no-untyped-def]
    assert formatting.parse_date("4 March 1980") == "1980-03-04"
    assert formatting.parse_date("March 4") == "--03-04"
    assert formatting.parse_date("04/03/1980") == "1980-03-04"  # British order
    assert formatting.parse_date("--03-04") == "--03-04"
    assert formatting.parse_date("  ") is None
    with pytest.raises(DateError, match="give the year"):
        formatting.parse_date("4 March", year_required=True)
    with pytest.raises(DateError, match="not a date in the calendar"):
        formatting.parse_date("31 February")
    locale_of("de_DE")
    assert formatting.parse_date("4. März 1980") == "1980-03-04"
    assert formatting.parse_date("04.03.1980") == "1980-03-04"
    locale_of("en_US")
    assert formatting.parse_date("3/4/1980") == "1980-03-04"  # American order


# --- colours -------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_semantic_colours_read_on_light_and_dark(qapp: QApplication, dark: bool) -> None:
    palette = style.dark_palette() if dark else qapp.style().standardPalette()
    assert tokens.is_dark(palette) is dark
    c = tokens.colours(palette)
    for name in ("text", "muted", "error", "warning", "success"):
        for bg in (c.base, c.window):
            assert tokens.contrast(QColor(getattr(c, name)), QColor(bg)) >= 4.5, (name, bg)
    for swatch in tokens.SWATCHES:  # every tag chip, every stage pill
        bg, _border, fg = tokens.chip_colours(QColor(swatch.colour), dark)
        assert tokens.contrast(bg, fg) >= 4.5, swatch.name
    for colour in tokens.STAGE_COLOURS.values():
        bg, _border, fg = tokens.chip_colours(QColor(colour), dark)
        assert tokens.contrast(bg, fg) >= 4.5, colour


def test_tag_colours_are_named_never_hex() -> None:
    assert tokens.colour_title("#3b82f6") == "Blue"
    assert tokens.colour_title("") == "Automatic"
    assert tokens.colour_title("#123456") == "Custom"
    assert tokens.tag_colour("Chess") == tokens.tag_colour(" chess ")  # same name, same colour
    assert tokens.tag_colour("Politics", "", "avoid") == QColor(tokens.AVOID_COLOUR)


# --- icons ---------------------------------------------------------------------------------


def _inked_in(icon: QIcon, colour: QColor, mode: QIcon.Mode = QIcon.Mode.Normal) -> bool:
    """Every solid pixel of *icon* is *colour* (give or take antialiasing's rounding)."""
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    solid = [image.pixelColor(x, y) for x in range(24) for y in range(24)
             if image.pixelColor(x, y).alpha() == 255]
    return len(solid) > 20 and all(
        max(abs(p.red() - colour.red()), abs(p.green() - colour.green()),
            abs(p.blue() - colour.blue())) <= 3 for p in solid)


def test_every_icon_exists_and_is_drawn_in_the_palettes_text_colour(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_ICONS", "bundled")
    for role in icons.names():
        assert Path(icons.bundled_path(role)).is_file(), role
    licence = Path(icons.bundled_path("undo")).with_name("LICENSE")
    assert "ISC License" in licence.read_text(encoding="utf-8")
    engine = icons.TintedSvgEngine(icons.bundled_path("undo"))
    undo = QIcon(engine.clone())
    before = qapp.palette()
    try:
        for palette in (qapp.style().standardPalette(), style.dark_palette()):
            qapp.setPalette(palette)
            text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
            assert _inked_in(undo, text)  # drawn at paint time: it follows the palette
        assert _inked_in(undo, QGuiApplication.palette().color(
            QPalette.ColorRole.HighlightedText), QIcon.Mode.Selected)
    finally:
        qapp.setPalette(before)


# --- swatches and the tag manager ------------------------------------------------------------


def test_the_swatch_picker_names_each_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.common.swatches import SwatchPicker

    picker = SwatchPicker("#10b981")
    qtbot.addWidget(picker)
    names = [b.accessibleName() for b in picker.buttons.values()]
    assert names[:4] == ["Blue", "Sky", "Teal", "Green"]
    assert picker.buttons["#10b981"].isChecked()
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.mouseClick(picker.buttons["#ef4444"], Qt.MouseButton.LeftButton)
    assert chosen.args == ["#ef4444"]
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.mouseClick(picker.automatic, Qt.MouseButton.LeftButton)
    assert chosen.args == [""]


def test_the_tag_manager_shows_colour_names(qtbot, sample_contacts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from desktop.services import tags
    from desktop.ui.contacts.tag_manager import TagManagerDialog
    from desktop.ui.contacts.tag_table import TagTableModel
    from desktop.ui.operations import Operations

    ops = Operations(QUndoStack())
    chess = next(t for t in tags.list_tags() if t.name == "Chess")
    ops.update_tag(chess.id, colour="#8b5cf6")
    dialog = TagManagerDialog(ops)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    shown = {model.index(r, TagTableModel.NAME).data():
             model.index(r, TagTableModel.COLOUR).data() for r in range(model.rowCount())}
    assert shown["Chess"] == "Violet" and shown["Jazz"] == "Automatic"
    assert not any(str(v).startswith("#") for v in shown.values())


# --- one people picker -------------------------------------------------------------------------


def test_one_people_picker_matches_names_the_same_way_everywhere(
        qtbot, sample_contacts: dict[str, ContactId]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from desktop.ui.common.people_picker import PeoplePicker
    from desktop.ui.contacts.introduction_dialog import IntroductionDialog
    from desktop.ui.operations import Operations
    from desktop.ui.shared.interaction_dialog import InteractionDialog

    # A note that mentions Ana must not make someone "Ana" in a picker.
    contacts.create_contact(ContactFields(full_name="Mariana Costa", note="Met Ana once"))
    namesake, _ = contacts.create_contact(ContactFields(full_name="Ana Silva",
                                                        organization="Harbor & Co"))
    ops = Operations(QUndoStack())
    interaction = InteractionDialog(ops, [], None)
    introduction = IntroductionDialog(ops)
    for dialog in (interaction, introduction):
        qtbot.addWidget(dialog)
    pickers = [interaction.add_person, introduction.person_a, introduction.introducer]
    assert all(isinstance(p, PeoplePicker) for p in pickers)
    offered = []
    for picker in pickers:
        qtbot.keyClicks(picker, "ana")
        offered.append(picker.offered())
    assert offered[0] == offered[1] == offered[2] == [
        "Ana Silva (Lumen Labs)", "Ana Silva (Harbor & Co)"]
    assert [m.id for m in contacts.find_contacts("ana")] == [sample_contacts["ana"], namesake]
    with qtbot.waitSignal(interaction.add_person.person_chosen):
        interaction.add_person.choose("Ana Silva (Harbor & Co)")
    assert interaction.participants() == [namesake]
    introduction.person_b.setText("Zoë Müller")
    assert introduction.person_b.contact_id() == sample_contacts["zoe"]


# --- the job runner ------------------------------------------------------------------------------


def test_start_job_runs_off_the_ui_thread_with_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QWidget

    from desktop.ui.common.workers import start_job

    parent = QWidget()
    qtbot.addWidget(parent)
    ui = threading.get_ident()
    seen: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for i in range(5):
            progress(i, 5)
        return threading.get_ident()

    start_job(parent, work, title="Job", label="Working…", on_finished=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(2000)
    assert seen[0] != ui


def test_the_toolkit_has_one_home() -> None:
    """The old flat names of the toolkit are gone, so there is one way to import it."""
    import importlib

    for old in ("plain_text", "workers", "style"):
        old = f"desktop.ui.{old}"
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(old)
