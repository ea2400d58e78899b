"""The words the UI shows for the services' keys (kinds of interaction, favour and pinned
fact; introduction statuses; contact stages), translated. The services keep English
``KIND_LABELS`` for their own sentences; a widget names a kind through these functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

_INTERACTIONS = {
    "meeting": QT_TRANSLATE_NOOP("Kinds", "1-2-1 meeting"),
    "call": QT_TRANSLATE_NOOP("Kinds", "Call"),
    "message": QT_TRANSLATE_NOOP("Kinds", "Message"),
    "email": QT_TRANSLATE_NOOP("Kinds", "Email"),
    "event": QT_TRANSLATE_NOOP("Kinds", "Event"),
    "note": QT_TRANSLATE_NOOP("Kinds", "Note"),
}
_FAVOURS = {
    "referral": QT_TRANSLATE_NOOP("Kinds", "Referral"),
    "introduction": QT_TRANSLATE_NOOP("Kinds", "Introduction"),
    "advice": QT_TRANSLATE_NOOP("Kinds", "Advice"),
    "help": QT_TRANSLATE_NOOP("Kinds", "Help"),
    "gift": QT_TRANSLATE_NOOP("Kinds", "Gift"),
}
_FACTS = {
    "family": QT_TRANSLATE_NOOP("Kinds", "Family"),
    "pets": QT_TRANSLATE_NOOP("Kinds", "Pets"),
    "goals": QT_TRANSLATE_NOOP("Kinds", "Goals"),
    "cares": QT_TRANSLATE_NOOP("Kinds", "Cares about"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Note"),
}
# The stage names keep the context of the contact list, where they were first translated
# (Operations' undo texts name stages too, and Operations sits below the contacts feature).
STAGE_LABELS: dict[str, str] = {
    "connected": QT_TRANSLATE_NOOP("ContactListModel", "Connected"),
    "acquainted": QT_TRANSLATE_NOOP("ContactListModel", "Acquainted"),
    "relationship": QT_TRANSLATE_NOOP("ContactListModel", "Relationship"),
    "trusted": QT_TRANSLATE_NOOP("ContactListModel", "Trusted"),
}
_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("Kinds", "Proposed"),
    "made": QT_TRANSLATE_NOOP("Kinds", "Made"),
    "met": QT_TRANSLATE_NOOP("Kinds", "They met"),
    "declined": QT_TRANSLATE_NOOP("Kinds", "Declined"),
}


def _label(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("Kinds", text) if text else key.capitalize()


def interaction_kind(key: str) -> str:
    """"Call", "Anruf", "Appel"."""
    return _label(_INTERACTIONS, key)


def favour_kind(key: str) -> str:
    return _label(_FAVOURS, key)


def fact_kind(key: str) -> str:
    return _label(_FACTS, key)


def introduction_status(key: str) -> str:
    return _label(_STATUSES, key)


def stage_label(stage: str) -> str:
    """"Connected", "Verbunden"… (the list's pill, menus, undo texts)."""
    label = STAGE_LABELS.get(stage)
    return QCoreApplication.translate("ContactListModel", label) if label else stage.capitalize()


def interaction_kinds() -> list[tuple[str, str]]:
    """(key, label) in the services' order."""
    return [(key, interaction_kind(key)) for key in _INTERACTIONS]


def favour_kinds() -> list[tuple[str, str]]:
    return [(key, favour_kind(key)) for key in _FAVOURS]
