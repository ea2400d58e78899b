"""Every write an import makes, in one place: the import's side of the contact store. No Qt.

The importer decides (``importer``, ``matching``); this module hands what it decided to the
contact store (``store.Session``), which is the one writer of the contact tables: new
contacts in bulk (``Writer.insert_new``), contacts that cards were merged into
(``Writer.apply_merges``: the store writes only the difference and records it field by
field), and the search index of each chunk written (``Writer.reindex``; in bulk, while the
parse side reads on: ``Writer.index_ahead``). The whole import is one change set of the
store's history (source "import", the batch's id): its new contacts are the batch's, its
merges are recorded per field. Undo and redo are the history's (``history.undo`` of that
set, off the UI thread), so nothing here undoes.

Speed (DESIGN.md: 10,000 cards ≤ 1.25 × vobject's parse): the store allocates the new ids
up front and inserts with one ``executemany`` per table per chunk. An import much bigger
than the book is written in bulk (``begin_bulk`` / ``end_bulk``, issue 18): the indexes it
does not read are made once at its end, and so is its new contacts' search index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.services import groups, store
from desktop.services.contact_rows import ContactRecord
from desktop.services.types import Changes
from desktop.text import Phrase


class Writer:
    """The store session of one import into batch ``batch_id``.

    Private state: ``_session``, the store's change set of this import, made at once (before
    any file's savepoint, so a file rolled back never takes the set with it).
    """

    def __init__(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self._session = store.Session("import", "Import", batch_id=batch_id)
        self._session.open_set()

    def insert_new(self, records: Sequence[ContactRecord], tick: Callable[[], None]
                   ) -> list[int]:
        """Insert new contacts (each record's ``contact_id`` is set; one without a UID gets
        its ``content_uid``, else a new one) with their rows; their ids, in order."""
        return [int(c) for c in self._session.create(records, record=False, counted=True,
                                                     tick=tick)]

    def apply_merges(self, records: Sequence[ContactRecord], tick: Callable[[], None]
                     ) -> list[int]:
        """Make contacts (``record.contact_id``) hold their merged records: the store writes
        what the merges added; the ids of the contacts that changed."""
        return [int(c) for c in self._session.replace(records, tick=tick)]

    def tag(self, ids: Sequence[int], name: str, tick: Callable[[], None]) -> list[int]:
        """Put a group card's tag *name* on its members *ids* (``groups.tag_members``); the
        ids of those that did not carry it yet."""
        changed: list[int] = []
        for start in range(0, len(ids), 64):
            changed += groups.tag_members(self._session, ids[start : start + 64], name)
            tick()
        return changed

    def reindex(self, tick: Callable[[], None]) -> None:
        """The search index of what was written since the last call."""
        self._session.reindex(lambda _share: tick())

    def index_ahead(self, tick: Callable[[], None]) -> bool:
        """Index for search what a bulk import wrote so far, if enough waits
        (``store.Session.index_ahead``): while the parse side reads on. True if it did."""
        return self._session.index_ahead(tick)

    @property
    def bulk(self) -> bool:
        return self._session.bulk

    def begin_bulk(self) -> None:
        """Write the rest in bulk (``store.Session.begin_bulk``): the book's secondary
        indexes and the new contacts' search rows are made once, by ``end_bulk``."""
        self._session.begin_bulk()

    def end_bulk(self, at: Callable[[float], None], tick: Callable[[], None]) -> None:
        """Make what ``begin_bulk`` put off (*at*: the share done; *tick*: often, may
        raise to stop)."""
        self._session.end_bulk(at, tick)

    def finish(self, label: str | Phrase) -> Changes:
        """The import is complete: its change set is called *label* (the Undo menu shows
        it); what it changed."""
        self._session.relabel(label)
        return self._session.close()

    def discard(self) -> Changes:
        """The import changed nothing: no change set is kept."""
        self._session.discard()
        return self._session.close()
