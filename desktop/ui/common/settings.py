"""Every persistent UI setting, declared once with its type and default (Picard's way).

``QSettings`` stores untyped variants whose round trip differs per platform (INI files
turn lists into strings, a single-item list into a scalar...). Each setting here knows
how to read its value back as its own type, and falls back to its default when the
stored value is missing or unreadable, so callers never see a surprise type.

    settings = Settings()
    settings.splitter_sizes = [220, 640, 420]
    sizes = settings.splitter_sizes
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Rapport"
APPLICATION = "Rapport"


class _Setting(Generic[T]):
    """A typed descriptor over one QSettings key. Subclasses convert the stored variant."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, obj: None, owner: type[Settings]) -> _Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type[Settings]) -> T: ...
    def __get__(self, obj: Settings | None, owner: type[Settings]) -> T | _Setting[T]:
        if obj is None:
            return self
        raw = obj.store.value(self.key)
        if raw is None:
            return self.default
        try:
            return self.convert(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.store.setValue(self.key, self.to_stored(value))

    def convert(self, raw: Any) -> T:
        raise NotImplementedError

    def to_stored(self, value: T) -> Any:
        return value


class _Bytes(_Setting[bytes]):
    def convert(self, raw: Any) -> bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(raw)

    def to_stored(self, value: bytes) -> Any:
        return QByteArray(value)


class _Str(_Setting[str]):
    def convert(self, raw: Any) -> str:
        return str(raw)


class _Bool(_Setting[bool]):
    """Stored as "true"/"false" (INI files give back strings)."""

    def convert(self, raw: Any) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(raw)

    def to_stored(self, value: bool) -> Any:
        return "true" if value else "false"


class _IntList(_Setting[list[int]]):
    """Stored as "220,640,420": the one list form every QSettings backend keeps intact."""

    def convert(self, raw: Any) -> list[int]:
        if isinstance(raw, list | tuple):
            return [int(v) for v in raw]
        text = str(raw).strip()
        return [int(v) for v in text.split(",")] if text else []

    def to_stored(self, value: list[int]) -> Any:
        return ",".join(str(int(v)) for v in value)


class Settings:
    """The application's settings. ``store`` is the QSettings behind them (tests may pass
    an INI-file QSettings to stay out of the user's real settings)."""

    window_geometry = _Bytes("main_window/geometry", b"")
    window_state = _Bytes("main_window/state", b"")
    splitter_sizes = _IntList("main_window/splitter_sizes", [])
    column_widths = _IntList("contact_list/column_widths", [])
    # "all", "due", "focus", "last_import" or "tag:<id>"; see MainWindow._restore_sidebar.
    sidebar_entry = _Str("sidebar/entry", "all")
    # The folder File > Import vCards… opened last ("" at first: the home folder).
    import_folder = _Str("import/last_folder", "")
    # Reminders that reach you (issue 15): the tray icon with today's count and a desktop
    # notification at start and each morning; off for those who do not want them.
    reminders_enabled = _Bool("reminders/enabled", True)
    # The Monday ("YYYY-MM-DD") of the last week whose review was offered.
    last_review_week = _Str("reminders/last_review_week", "")
    # Export Calendar's "add alarms" choice.
    calendar_alarms = _Bool("calendar/alarms", False)

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def sync(self) -> None:
        self.store.sync()
