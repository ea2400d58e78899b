"""Times relative to now that stay within today, for tests of same-day behaviour."""

from __future__ import annotations

import datetime as dt


def earlier_today(minutes: int) -> dt.datetime:
    """``minutes`` before now to the minute, or the day's first minute when the day is
    younger than that: "earlier today" must not be yesterday in the first hour after
    midnight."""
    now = dt.datetime.now().replace(second=0, microsecond=0)
    return max(now - dt.timedelta(minutes=minutes), dt.datetime.combine(now.date(), dt.time()))
