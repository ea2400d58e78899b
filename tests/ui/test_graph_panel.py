"""The network view and the Introductions section, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QTransform, QUndoStack
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import graph
from desktop.services.graph import IntroductionFields
from desktop.services.types import ContactId
from desktop.ui.graph_panel import GraphPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.settings import Settings


@pytest.fixture()
def network(sample_contacts: dict[str, ContactId]) -> dict[str, ContactId]:
    """Sam knows Ana; Ana introduced Bo to Zoë. Ana, Bo share Running... (see conftest)."""
    c = sample_contacts
    graph.record_introduction(IntroductionFields(person_a=c["me"], person_b=c["ana"]))
    graph.record_introduction(IntroductionFields(person_a=c["bo"], person_b=c["zoe"],
                                                 introducer=c["ana"]))
    graph.record_introduction(IntroductionFields(person_a=c["markup"], person_b=c["zoe"],
                                                 status="proposed"))
    return c


def _panel(qtbot, ops: Operations | None = None) -> GraphPanel:
    panel = GraphPanel(ops or Operations(QUndoStack()))
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    with qtbot.waitSignal(panel.layout_finished, timeout=10_000):
        panel.show()
    return panel


def _click(qtbot, panel: GraphPanel, cid: ContactId, double: bool = False) -> None:
    item = panel.node_item(cid)
    assert item is not None
    point = panel.view.mapFromScene(item.scenePos())
    if double:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_people_and_links_are_drawn_with_plain_labels(qtbot, network) -> None:
    panel = _panel(qtbot)
    assert {int(c) for c in panel._nodes} == {int(network[k]) for k in
                                              ("me", "ana", "bo", "zoe", "markup")}
    markup = panel.node_item(network["markup"])
    assert markup is not None
    markup.update_detail(3.0)
    assert markup.label is not None and markup.label.text() == "<b>Bold</b> <img src=x>"
    assert "&lt;b&gt;" in markup.toolTip()  # the tooltip is escaped rich text
    # Ana knows Sam, Bo and Zoë: the biggest circle.
    radii = {k: panel.node_item(network[k]).radius for k in ("ana", "bo")}  # type: ignore[union-attr]
    assert radii["ana"] > radii["bo"]


def test_clicking_a_person_selects_them_in_the_list_and_detail(qtbot, tmp_path: Path,
                                                             network) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=3000)
    panel = window.show_view("network")
    assert isinstance(panel, GraphPanel)
    qtbot.waitUntil(lambda: bool(panel._nodes), timeout=10_000)
    with qtbot.waitSignal(panel.contact_selected, timeout=2000) as blocker:
        _click(qtbot, panel, network["bo"])
    assert blocker.args == [network["bo"]]
    assert window.detail.contact_id() == network["bo"]
    assert window.selected_ids() == [network["bo"]]
    assert panel.node_item(network["bo"]).emphasis == "selected"  # type: ignore[union-attr]


def test_how_do_i_reach_highlights_the_path_and_lists_steps(qtbot, network) -> None:
    panel = _panel(qtbot)
    panel.reach_field.setText("Zoë Müller")
    panel._reach()
    assert panel.steps() == ["Ask Ana Silva to introduce you to Zoë Müller"]
    on_path = {cid for cid, item in panel._nodes.items() if item.emphasis == "path"}
    assert on_path == {network["me"], network["ana"], network["zoe"]}
    assert panel._path_item is not None
    panel.reach_field.setText("<b>Bold</b> <img src=x>")
    panel._reach()
    assert panel.steps() == [
        "No path to <b>Bold</b> <img src=x>: nobody you know is recorded as knowing them"]
    assert panel._path_item is None


def test_double_click_focuses_on_a_neighbourhood_and_esc_shows_everyone(qtbot,
                                                                       network) -> None:
    panel = _panel(qtbot)
    _click(qtbot, panel, network["me"], double=True)
    visible = {cid for cid, item in panel._nodes.items() if item.isVisible()}
    assert visible == {network["me"], network["ana"]}
    assert not panel.banner.isHidden() and "1 hop" in panel.banner.text()
    panel.hops.setCurrentIndex(1)  # 2 hops: Ana's acquaintances too
    visible = {cid for cid, item in panel._nodes.items() if item.isVisible()}
    assert visible == {network["me"], network["ana"], network["bo"], network["zoe"]}
    panel.show_everyone()
    assert all(item.isVisible() for item in panel._nodes.values())
    assert panel.banner.isHidden()


def test_filter_by_stage_dims_the_others(qtbot, network) -> None:
    panel = _panel(qtbot)
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData("relationship"))
    opacity = {cid: item.opacity() for cid, item in panel._nodes.items()}
    assert opacity[network["ana"]] == 1.0  # Ana is at "relationship"
    assert opacity[network["bo"]] < 0.5
    assert opacity[network["me"]] == 1.0  # you stay visible


def test_propose_records_an_undoable_introduction(qtbot, sample_contacts) -> None:
    c = sample_contacts
    # Sam knows Ana and Bo, who share no two interests; Zoë and Ana share only Jazz; give
    # Bo two of Ana's interests so that the pair is worth suggesting.
    from desktop.services import contacts as contact_service

    contact_service.set_tags(c["bo"], ["Running", "Jazz"])
    for other in ("ana", "bo"):
        graph.record_introduction(IntroductionFields(person_a=c["me"], person_b=c[other]))
    stack = QUndoStack()
    panel = _panel(qtbot, Operations(stack))
    qtbot.waitUntil(lambda: bool(getattr(panel, "suggestion_buttons", [])), timeout=10_000)
    assert len(panel.suggestion_buttons) == 1
    with qtbot.waitSignal(panel.layout_finished, timeout=10_000):
        qtbot.mouseClick(panel.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    proposed = [i for i in graph.introductions_of(c["ana"]) if i.status == "proposed"]
    assert len(proposed) == 1 and proposed[0].context == "Both into jazz and running"
    assert {proposed[0].person_a.id, proposed[0].person_b.id} == {c["ana"], c["bo"]}
    stack.undo()
    assert [i for i in graph.introductions_of(c["ana"]) if i.status == "proposed"] == []


def test_introductions_section_lists_and_records(qtbot, network) -> None:
    from desktop.ui.detail_pane import DetailPane
    from desktop.ui.introductions_section import IntroductionsSection

    stack = QUndoStack()
    pane = DetailPane(Operations(stack))
    qtbot.addWidget(pane)
    pane.show_contact(network["zoe"])
    section = next(s for s in pane.extra_sections if isinstance(s, IntroductionsSection))
    texts = [t for _, t in section.rows]
    assert "Introduced to Bo Chen by Ana Silva" in texts
    assert "Met <b>Bold</b> <img src=x> directly" in texts  # plain text, shown as typed
    section.introduce_to()
    dialog = section.dialog
    assert dialog is not None and dialog.introducer.text() == "Sam Rivera"
    dialog.person_b.setText("Bo Chen")
    dialog.save()  # Bo and Zoë were already introduced: refused, the dialog says why
    assert dialog.recorded is None
    assert "already introduced by Ana Silva" in dialog.error.text()
    dialog.person_b.setText("Ana Silva")
    dialog.save()
    assert dialog.recorded is not None
    qtbot.waitUntil(lambda: any("Ana Silva" in t and "Introduced to" in t
                                for _, t in section.rows), timeout=2000)
    stack.undo()
    qtbot.waitUntil(lambda: not any("Introduced to Ana Silva" in t for _, t in section.rows),
                    timeout=2000)


def test_empty_network_says_what_to_do(qtbot, db_path: Path) -> None:
    panel = _panel(qtbot)
    assert not panel.overlay.isHidden()
    assert "No introductions yet" in panel.overlay_text.text()


@pytest.fixture()
def crowd(sample_contacts: dict[str, ContactId]) -> dict[str, ContactId]:
    """Three hubs introduced to each other, each with a dozen people around them."""
    from desktop.services import contacts as contact_service
    from desktop.services.types import ContactFields

    c = dict(sample_contacts)
    hubs = [contact_service.create_contact(ContactFields(full_name=f"Hub Person {i}"))[0]
            for i in range(3)]
    graph.record_introduction(IntroductionFields(person_a=c["me"], person_b=hubs[0]))
    graph.record_introduction(IntroductionFields(person_a=hubs[1], person_b=hubs[2],
                                                 introducer=hubs[0]))
    for h, hub in enumerate(hubs):
        for i in range(12):
            cid = contact_service.create_contact(
                ContactFields(full_name=f"Somebody With A Long Name {h}-{i}"))[0]
            graph.record_introduction(IntroductionFields(person_a=hub, person_b=cid))
        c[f"hub{h}"] = hub
    return c


def test_names_never_overlap_and_the_hubs_are_named(qtbot, crowd) -> None:
    panel = _panel(qtbot)
    for scale in (panel.view.scale_factor(), 1.0, 2.0):
        panel.view.setTransform(QTransform.fromScale(scale, scale))
        panel._update_detail(scale)
        boxes = []
        for item in panel._nodes.values():
            if not item.label_on:
                continue
            x, y = item.xy
            top = (y + item.radius) * scale
            boxes.append((x * scale - item.label_width / 2, top,
                          x * scale + item.label_width / 2, top + 12))
        assert len(boxes) >= 4  # you and the hubs at least
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
        for key in ("me", "hub0", "hub1", "hub2"):
            assert panel.node_item(crowd[key]).label_on  # type: ignore[union-attr]


def test_a_wheel_zoom_draws_light_frames_then_the_full_picture(qtbot, crowd) -> None:
    panel = _panel(qtbot)
    assert not panel.view.interacting
    panel.view.zoom_by(1.25)
    assert panel.view.interacting  # frames drawn now skip arrowheads, initials, most links
    qtbot.waitUntil(lambda: not panel.view.interacting, timeout=2000)


# --- QA: the connectors read as aligned columns; the toolbar fits a 1280-pixel window --------

def _connector_rows(listing: QTreeWidget) -> list[QTreeWidgetItem]:
    rows = [listing.topLevelItem(i) for i in range(listing.topLevelItemCount())]
    return [r for r in rows if r is not None]


def test_top_connectors_read_as_rank_name_and_a_right_aligned_link_count(
    qtbot: QtBot, crowd: dict[str, ContactId],
) -> None:
    panel = _panel(qtbot)
    listing = panel.connector_list
    qtbot.waitUntil(lambda: len(_connector_rows(listing)) >= 3
                    and _connector_rows(listing)[0].text(2) != "", timeout=10_000)
    rows = _connector_rows(listing)
    assert [r.text(0) for r in rows[:3]] == ["1.", "2.", "3."]
    hubs = {r.text(1): r.text(2) for r in rows}
    # Hub 0 knows you, its dozen and the two hubs it introduced: 15 links, and it ranks
    # first (most shortest paths run through it), its count in a column of its own.
    assert rows[0].text(1) == "Hub Person 0" and hubs["Hub Person 0"] == "15"
    assert all(r.text(2).isdigit() for r in rows)
    assert not any("knows" in r.text(1) or "·" in r.text(1) for r in rows)
    right_edges = set()
    for row in range(len(rows)):
        index = listing.model().index(row, GraphPanel.CONNECTOR_LINKS)
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        right_edges.add(listing.visualRect(index).right())
    assert len(right_edges) == 1  # the counts line up on one right edge
    header = listing.headerItem()
    assert header.text(GraphPanel.CONNECTOR_LINKS) == "Links"
    assert "shortest paths" in header.toolTip(GraphPanel.CONNECTOR_NAME)
    assert "not by how many people they know" in header.toolTip(GraphPanel.CONNECTOR_NAME)
    assert "15 people" in rows[0].toolTip(GraphPanel.CONNECTOR_LINKS)


def test_the_toolbar_wraps_rather_than_squeezing_the_find_field(
    qtbot: QtBot, tmp_path: Path, network: dict[str, ContactId],
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=3000)
    panel = window.show_view("network")
    assert isinstance(panel, GraphPanel)
    qtbot.waitUntil(lambda: bool(panel._nodes), timeout=10_000)
    find = panel.find_field
    placeholder = find.fontMetrics().horizontalAdvance(find.placeholderText())
    assert find.width() >= placeholder + 16  # the whole placeholder, not "Fi…"
    def top(widget: QWidget) -> int:
        return widget.mapTo(panel, QPoint(0, 0)).y()

    assert top(panel.tag_filter) > top(find) + find.height()  # filters on a second row
    assert panel.tag_filter.width() >= panel.tag_filter.sizeHint().width()
    viewport = panel.view.viewport().rect()
    assert viewport.contains(panel.legend.geometry())  # the legend is not cut off

    window.resize(2400, 900)  # room for one row: the filters come back beside the find field
    qtbot.waitUntil(lambda: abs(top(panel.tag_filter) - top(find)) < find.height(),
                    timeout=2000)
    assert find.width() >= placeholder + 16


def test_a_panel_closed_while_arranging_leaves_no_timer_behind(qtbot, crowd) -> None:  # type: ignore[no-untyped-def]
    """Regression (CI): the 'Arranging…' overlay timer of a panel already deleted fired in
    a later test's event loop and touched a deleted label."""
    panel = GraphPanel(Operations(QUndoStack()))
    panel.resize(800, 600)
    panel.show()  # starts the layout and the 150 ms overlay timer
    panel.deleteLater()
    qtbot.wait(10)  # the deferred delete happens
    qtbot.wait(400)  # past the overlay delay: pytest-qt fails the test on any exception
