"""The search index's segments merged in the window's idle time (issue 18).

FTS5 merges its segments inside ordinary writes; ``models.bound_search_merges`` keeps that
share bounded, and what is left is merged here, a step of ``search.TIDY_PAGES`` leaf pages
at a time, at the idle collector's quiet looks (once a second at most, the UI thread idle
and no job running) for at most ``BUDGET_S`` a look. So the big merges an import or a long
session leaves are done before another pile-up could tip a level over: an edit on the UI
thread never merges a whole level (0.3-1.0 s on the book of 300,000 contacts before).
"""

from __future__ import annotations

import time

from desktop.models.database import database_path, is_read_only, is_storage_error
from desktop.services import search

# Steps a look takes until this much time has gone (a step: 3 ms median, at most ~17 ms
# with a checkpoint of the WAL, on a new book after a 100,000-card import: its 0.45 s of
# merging over ~45 quiet seconds; a look with this budget and one step more stays well
# within a stall of 50 ms).
BUDGET_S = 0.010


def tidy_search_index(budget_s: float = BUDGET_S) -> int:
    """Merge the search index's segments for up to *budget_s* (a book open for writing
    only); the steps taken. A damaged book, a full disk or a read-only file leaves the
    merging for later: what the user does next meets it and says so (the damage guard,
    a refused change); idle time reports nothing."""
    if database_path() is None or is_read_only():
        return 0
    start = time.perf_counter()
    steps = 0
    try:
        if not search.merge_pending():
            return 0
        while True:
            steps += 1
            if not search.tidy_step() or time.perf_counter() - start >= budget_s:
                break
    except Exception as exc:  # never into the event loop
        if not is_storage_error(exc):  # any of the database's own (damage included)
            raise
    return steps
