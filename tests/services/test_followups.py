"""Follow-ups: cadence rules, birthdays (year-less, 29 February), the calendar's counts and
agenda, mark done / snooze / reschedule, undo snapshots, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import db
from desktop.services import contacts, followups, interactions, search
from desktop.services.errors import ServiceError
from desktop.services.interactions import InteractionDraft
from desktop.services.reasons import reason_text
from desktop.services.types import Changes, ContactFields, ContactId

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 10, 0)


def _person(name: str, **kw: object) -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(full_name=name, **kw))  # type: ignore[arg-type]
    return cid


def _log(cid: ContactId, when: dt.datetime, kind: str = "call") -> int:
    iid, _ = interactions.log_interaction(
        InteractionDraft(kind=kind, happened_at=when, participants=(cid,), summary="Chat"),
        now=NOW,
    )
    return iid


def _cadence_rows(cid: ContactId) -> list[followups.FollowUpItem]:
    return [f for f in followups.open_followups(cid) if f.origin == "cadence"]


def _next(cid: ContactId) -> dt.date | None:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.next_followup_on


# --- cadence ---------------------------------------------------------------------------

def test_logging_an_interaction_resets_the_keep_in_touch_date(db_path: object) -> None:
    cid = _person("Ana", keep_in_touch_days=30)
    _log(cid, dt.datetime(2026, 9, 1, 12, 0))
    [first] = _cadence_rows(cid)
    assert first.on == dt.date(2026, 10, 1)  # 30 days after the call: overdue now
    assert _next(cid) == dt.date(2026, 10, 1)
    followups.snooze(first, dt.date(2026, 11, 25), TODAY)

    _log(cid, dt.datetime(2026, 11, 20, 9, 30))
    [after] = _cadence_rows(cid)
    assert after.id == first.id  # the same follow-up, moved: not a second one
    assert after.on == dt.date(2026, 12, 20) and after.snoozed_until is None
    assert _next(cid) == dt.date(2026, 12, 20)
    detail = contacts.get_contact(cid)
    assert detail is not None and detail.last_interaction_at == dt.datetime(2026, 11, 20, 9, 30)


def test_an_older_interaction_logged_late_does_not_move_the_clock_back(db_path: object) -> None:
    cid = _person("Ana", keep_in_touch_days=10)
    _log(cid, dt.datetime(2026, 11, 20, 9, 0))
    _log(cid, dt.datetime(2026, 1, 5, 9, 0))
    assert _cadence_rows(cid)[0].on == dt.date(2026, 11, 30)


def test_the_contacts_own_cadence_wins_over_its_tags(db_path: object) -> None:
    db.execute_sql("INSERT INTO tag (name, category, keep_in_touch_days) VALUES "
                   "('Clients', 'group', 30), ('Investors', 'group', 14), ('Friends', 'group', 0)")
    tagged = _person("Tagged", tags=("Clients", "Investors", "Friends"))
    own = _person("Own", tags=("Investors",), keep_in_touch_days=60)
    silenced = _person("Silenced", tags=("Investors",), keep_in_touch_days=0)
    cadences = followups.effective_cadences([tagged, own, silenced])
    assert cadences == {tagged: 14, own: 60, silenced: None}  # shortest tag; own wins; 0 = none
    for cid in (tagged, own, silenced):
        _log(cid, dt.datetime(2026, 11, 1, 9, 0))
    assert _cadence_rows(tagged)[0].on == dt.date(2026, 11, 15)
    assert _cadence_rows(own)[0].on == dt.date(2026, 12, 31)
    assert _cadence_rows(silenced) == [] and _next(silenced) is None


def test_sync_moved_cadences_moves_only_those_whose_cadence_changed(db_path: object) -> None:
    db.execute_sql("INSERT INTO tag (name, category) VALUES ('Clients', 'group')")
    moved = _person("Moved", tags=("Clients",))
    kept = _person("Kept", tags=("Clients",), keep_in_touch_days=60)
    for cid in (moved, kept):
        _log(cid, dt.datetime(2026, 11, 1, 9, 0))
    [own] = _cadence_rows(kept)
    followups.reschedule(own, dt.date(2027, 3, 1))  # moved by hand: must stay there
    before = followups.effective_cadences([moved, kept])
    db.execute_sql("UPDATE tag SET keep_in_touch_days = 7 WHERE name = 'Clients'")

    changes = followups.sync_moved_cadences(before)

    assert _cadence_rows(moved)[0].on == dt.date(2026, 11, 8) and _next(moved) == dt.date(
        2026, 11, 8)
    assert _cadence_rows(kept)[0].on == dt.date(2027, 3, 1)
    assert changes.contacts == {moved} and changes.followups
    assert followups.sync_moved_cadences({}) == Changes()


@pytest.mark.parametrize(("days", "due"), [(0, None), (10_000, dt.date(2054, 4, 8))])
def test_cadences_of_0_and_10000_days(db_path: object, days: int, due: dt.date | None) -> None:
    cid = _person("Ana", keep_in_touch_days=days)
    _log(cid, dt.datetime(2026, 11, 21, 9, 0))
    rows = _cadence_rows(cid)
    assert [r.on for r in rows] == ([due] if due else [])
    assert _next(cid) == due


def test_marking_a_cadence_follow_up_done_starts_the_next_period(db_path: object) -> None:
    cid = _person("Ana", keep_in_touch_days=7)
    _log(cid, dt.datetime(2026, 10, 1, 9, 0))
    [item] = _cadence_rows(cid)
    followups.mark_done(item, dt.datetime(2026, 11, 21, 18, 0))
    [nxt] = _cadence_rows(cid)
    assert nxt.id != item.id and nxt.on == dt.date(2026, 11, 28)
    assert _next(cid) == dt.date(2026, 11, 28)


def test_dates_step_by_calendar_days_across_a_daylight_saving_change(db_path: object) -> None:
    # Europe and the US change clocks in late March: dates must not drift by an hour/day.
    cid = _person("Ana", keep_in_touch_days=7)
    _log(cid, dt.datetime(2026, 3, 27, 23, 30))
    [item] = _cadence_rows(cid)
    assert item.on == dt.date(2026, 4, 3)
    followups.snooze_for(item, 7, dt.date(2026, 4, 3))
    [snoozed] = _cadence_rows(cid)
    assert snoozed.on == dt.date(2026, 4, 10) and snoozed.on.weekday() == item.on.weekday()


# --- follow-ups: past dates, snooze, reschedule, done -------------------------------------

def test_a_follow_up_in_the_past_is_overdue_at_once(db_path: object) -> None:
    cid = _person("Ana")
    fid, changes = followups.add_followup(cid, dt.date(2020, 1, 1), "Send the deck")
    assert changes.followups and cid in changes.contacts
    late, total = followups.overdue(TODAY)
    assert total == 1 and late[0].id == fid and late[0].days_overdue(TODAY) > 2000
    assert _next(cid) == dt.date(2020, 1, 1)
    due_list = search.query_ids(search.ListFilter(kind=search.ListKind.DUE), today=TODAY)
    assert due_list == [cid]


def test_snooze_and_reschedule(db_path: object) -> None:
    cid = _person("Ana")
    fid, _ = followups.add_followup(cid, dt.date(2026, 11, 10), "Call back")
    item = followups.get_followup(fid)
    assert item is not None
    followups.snooze_for(item, 1, TODAY)  # overdue: "1 day" means tomorrow
    item = followups.get_followup(fid)
    assert item is not None and item.on == dt.date(2026, 11, 22) and item.due_on.day == 10
    assert followups.overdue(TODAY)[1] == 0 and _next(cid) == dt.date(2026, 11, 22)
    with pytest.raises(ServiceError, match="today or a later date"):
        followups.snooze(item, dt.date(2026, 11, 1), TODAY)
    followups.reschedule(item, dt.date(2027, 2, 1))
    item = followups.get_followup(fid)
    assert item is not None and item.on == dt.date(2027, 2, 1) and item.snoozed_until is None
    followups.mark_done(item)
    assert followups.open_followups(cid) == [] and _next(cid) is None


def test_a_follow_up_on_29_february_of_a_leap_year(db_path: object) -> None:
    cid = _person("Ana")
    followups.add_followup(cid, dt.date(2028, 2, 29), "Leap day check-in")
    view = followups.month_view(2028, 2)
    assert view.counts(dt.date(2028, 2, 29)).followups == 1
    with pytest.raises(ValueError):
        dt.date(2027, 2, 29)  # the UI's date editors cannot produce it; nothing to store


def test_undo_snapshot_restores_follow_ups_exactly(db_path: object) -> None:
    cid = _person("Ana", keep_in_touch_days=30)
    _log(cid, dt.datetime(2026, 10, 1, 9, 0))
    followups.add_followup(cid, dt.date(2026, 12, 1), "Promise")
    before = followups.capture([cid])
    rows_before = followups.open_followups(cid)
    for item in rows_before:
        followups.mark_done(item)
    assert followups.open_followups(cid) != rows_before
    followups.restore(before)
    assert followups.open_followups(cid) == rows_before
    assert _next(cid) == min(r.on for r in rows_before)


# --- birthdays and anniversaries ---------------------------------------------------------

def test_year_less_birthdays_and_anniversaries_make_reminders(db_path: object) -> None:
    ana = _person("Ana", birthday="--03-04")
    bo = _person("Bo", birthday="1980-03-04", anniversary="2010-03-20")
    view = followups.month_view(2027, 3)
    assert view.counts(dt.date(2027, 3, 4)).birthdays == 2
    assert view.counts(dt.date(2027, 3, 20)).birthdays == 1
    agenda = followups.agenda(dt.date(2027, 3, 4), dt.date(2027, 3, 4))
    assert {(e.contact_id, e.kind, reason_text(e.detail)) for e in agenda} == {
        (ana, "birthday", "Birthday"), (bo, "birthday", "Birthday (turns 47)")}
    assert followups.next_occurrence("--03-04", dt.date(2027, 3, 5)) == dt.date(2028, 3, 4)


def test_29_february_birthdays_fall_on_28_february_in_common_years(db_path: object) -> None:
    leap = _person("Leap", birthday="1992-02-29")
    yearless = _person("Yearless", birthday="--02-29")
    common = followups.month_view(2027, 2)
    assert common.counts(dt.date(2027, 2, 28)).birthdays == 2
    leap_year = followups.month_view(2028, 2)
    assert leap_year.counts(dt.date(2028, 2, 29)).birthdays == 2
    assert leap_year.counts(dt.date(2028, 2, 28)).birthdays == 0
    assert followups.next_occurrence("1992-02-29", dt.date(2027, 1, 1)) == dt.date(2027, 2, 28)
    assert followups.next_occurrence("--02-29", dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)
    due = followups.due(dt.date(2027, 2, 28))
    assert {i.contact_id for i in due} == {leap, yearless}


def test_acting_on_a_birthday_reminder_stores_it_for_that_year_only(db_path: object) -> None:
    cid = _person("Ana", birthday="--12-02")
    [reminder] = followups.reminders_between(dt.date(2026, 12, 2), dt.date(2026, 12, 2))
    assert reminder.id is None and reminder.origin == "birthday"
    followups.mark_done(reminder)
    assert followups.reminders_between(dt.date(2026, 12, 2), dt.date(2026, 12, 2)) == []
    assert followups.month_view(2026, 12).counts(dt.date(2026, 12, 2)).birthdays == 0
    assert len(followups.reminders_between(dt.date(2027, 12, 2), dt.date(2027, 12, 2))) == 1
    [again] = followups.reminders_between(dt.date(2027, 12, 2), dt.date(2027, 12, 2))
    followups.snooze(again, dt.date(2027, 12, 4), dt.date(2027, 12, 2))
    view = followups.month_view(2027, 12)
    assert view.counts(dt.date(2027, 12, 2)).birthdays == 0
    assert view.counts(dt.date(2027, 12, 4)).birthdays == 1
    assert _next(cid) == dt.date(2027, 12, 4)


# --- the calendar ----------------------------------------------------------------------

def test_month_view_counts_follow_ups_meetings_and_birthdays_per_day(db_path: object) -> None:
    ana = _person("Ana", birthday="--12-03")
    bo = _person("Bo")
    followups.add_followup(ana, dt.date(2026, 12, 3), "One")
    followups.add_followup(bo, dt.date(2026, 12, 3), "Two")
    done, _ = followups.add_followup(bo, dt.date(2026, 12, 3), "Done already")
    item = followups.get_followup(done)
    assert item is not None
    followups.mark_done(item)
    interactions.log_interaction(InteractionDraft(
        "meeting", dt.datetime(2026, 12, 3, 15, 0), (ana, bo), "Planned 1-2-1"), now=NOW)
    interactions.log_interaction(InteractionDraft(
        "call", dt.datetime(2026, 12, 3, 16, 0), (ana,), "Not a meeting"), now=NOW)
    view = followups.month_view(2026, 12)
    assert view.counts(dt.date(2026, 12, 3)) == followups.DayCounts(2, 1, 1)
    assert view.counts(dt.date(2026, 12, 4)).total == 0
    agenda = followups.agenda(dt.date(2026, 12, 3), dt.date(2026, 12, 3))
    assert [e.kind for e in agenda] == ["meeting", "birthday", "followup", "followup"]
    assert agenda[0].title == "Ana and 1 other" and agenda[0].participants == 2


def test_today_count_for_the_window_title(db_path: object) -> None:
    ana = _person("Ana")
    followups.add_followup(ana, TODAY, "Today")
    followups.add_followup(ana, TODAY - dt.timedelta(days=3), "Late")
    fid, _ = followups.add_followup(ana, TODAY - dt.timedelta(days=5), "Snoozed away")
    item = followups.get_followup(fid)
    assert item is not None
    followups.snooze(item, TODAY + dt.timedelta(days=2), TODAY)
    assert followups.today_count(TODAY) == followups.TodayCount(due_today=1, overdue=1)


def test_demo_follow_ups_are_read_as_generated(db_path: object) -> None:
    from desktop.services import demo

    demo.generate_demo(120, today=TODAY)
    stored = db.execute_sql(
        "SELECT count(*) FROM follow_up WHERE due_on < ?", (TODAY.isoformat(),)).fetchone()[0]
    assert followups.overdue(TODAY)[1] == stored > 0
    month = followups.month_view(TODAY.year, TODAY.month)
    in_month = db.execute_sql(
        "SELECT count(*) FROM follow_up WHERE due_on BETWEEN '2026-11-01' AND '2026-11-30'"
    ).fetchone()[0]
    assert sum(c.followups for c in month.days.values()) == in_month


# --- cadence for many contacts at once (the demo network, a tag's cadence) -------------

def _cadence_state() -> list[tuple[object, ...]]:
    return db.execute_sql(
        "SELECT c.full_name, f.due_on, f.reason, f.snoozed_until, c.next_followup_on "
        "FROM contact c LEFT JOIN follow_up f ON f.contact_id = c.id AND f.origin = 'cadence' "
        "AND f.done = 0 ORDER BY c.full_name, f.due_on").fetchall()


def test_bulk_cadence_sync_follows_the_same_rules_as_one_by_one(db_path: object) -> None:
    db.execute_sql("INSERT INTO tag (name, category, keep_in_touch_days) VALUES "
                   "('Clients', 'group', 30), ('Investors', 'group', 14)")
    tagged = _person("Tagged", tags=("Clients", "Investors"))
    own = _person("Own", tags=("Investors",), keep_in_touch_days=60)
    silenced = _person("Silenced", tags=("Clients",), keep_in_touch_days=0)
    never = _person("Never", keep_in_touch_days=7)
    done = _person("Done", keep_in_touch_days=10)
    _person("Nobody")
    for cid in (tagged, own, silenced, done):
        db.execute_sql("UPDATE contact SET last_interaction_at = '2026-11-01 09:00:00' "
                       "WHERE id = ?", (int(cid),))
    db.execute_sql(  # a cadence follow-up done later than the last interaction
        "INSERT INTO follow_up (contact_id, due_on, reason, origin, done, done_at, created_at) "
        "VALUES (?, '2026-11-05', 'x', 'cadence', 1, '2026-11-10 12:00:00', '2026-11-01')",
        (int(done),))
    db.execute_sql(  # a stray cadence follow-up on a contact whose cadence is 0
        "INSERT INTO follow_up (contact_id, due_on, reason, origin, done, created_at) "
        "VALUES (?, '2026-11-20', 'x', 'cadence', 0, '2026-11-01')", (int(silenced),))
    db.execute_sql("UPDATE contact SET next_followup_on = '2026-11-20' WHERE id = ?",
                   (int(silenced),))
    before = followups.capture([tagged, own, silenced, never, done])

    changes = followups.sync_cadence_bulk()
    bulk = _cadence_state()
    created = dt.date.today()
    assert {r[0]: r[1] for r in bulk} == {
        "Tagged": "2026-11-15", "Own": "2026-12-31", "Silenced": None, "Nobody": None,
        "Never": (created + dt.timedelta(days=7)).isoformat(), "Done": "2026-11-20",
    }
    assert _next(tagged) == dt.date(2026, 11, 15) and _next(silenced) is None
    assert changes.followups and changes.contacts == {tagged, own, silenced, never, done}

    followups.restore(before)
    followups.sync_cadence([tagged, own, silenced, never, done])
    assert _cadence_state() == bulk  # the one-by-one rules give the very same rows
    assert followups.sync_cadence_bulk() == followups.Changes()  # nothing left to do


def test_bulk_cadence_sync_keeps_a_snooze_unless_reset(db_path: object) -> None:
    db.execute_sql("INSERT INTO tag (name, category, keep_in_touch_days) "
                   "VALUES ('Clients', 'group', 30)")
    cid = _person("Ana", tags=("Clients",))
    _log(cid, dt.datetime(2026, 10, 1, 9, 0))
    [item] = _cadence_rows(cid)
    followups.snooze(item, dt.date(2026, 12, 1), TODAY)
    # The tag's cadence changes: a plain sync leaves the user's snooze alone...
    db.execute_sql("UPDATE tag SET keep_in_touch_days = 14")
    assert followups.sync_cadence_bulk([cid]) == followups.Changes()
    assert _next(cid) == dt.date(2026, 12, 1)
    # ...a reset (what a cadence change asks for) moves it to the new period.
    changes = followups.sync_cadence_bulk([cid], reset=True)
    [moved] = _cadence_rows(cid)
    assert changes.contacts == {cid}
    assert moved.id == item.id and moved.on == dt.date(2026, 10, 15)
    assert reason_text(moved.reason) == "Keep in touch (every 2 weeks)" and _next(cid) == moved.on



def test_a_page_of_the_agenda_is_the_start_of_the_whole_agenda(db_path: object) -> None:
    """Issue 18: the agenda reads only the page it shows (a day of a big book holds
    hundreds of birthdays and follow-ups): every page is the start of the whole agenda,
    in the same order, over a day and a week, with a meeting, reminders the user acted on
    (one snoozed into the range, one done) and follow-ups."""
    day = dt.date(2027, 3, 4)
    names = ["Émile Zola", "emma Stone", "Ana", "Bo", "Cy", "Dee", "Ed", "Flo"]
    people = [_person(n, birthday="--03-04") for n in names]
    both = _person("Gus", birthday="1980-03-05", anniversary="2010-03-05")
    moved = _person("Hal", birthday="--03-02")
    for n, cid in enumerate(people[:5]):
        followups.add_followup(cid, day if n % 2 else day + dt.timedelta(days=1), f"Call {n}")
    [reminder] = [i for i in followups.due(dt.date(2027, 3, 2)) if i.contact_id == moved]
    followups.snooze(reminder, day, dt.date(2027, 3, 2))  # stored, now on the 4th
    [done] = [e.followup for e in followups.agenda(day, day)
              if e.contact_id == people[5] and e.followup is not None]
    followups.mark_done(done)
    _log(people[6], dt.datetime(2027, 3, 4, 15, 0), "meeting")
    for first, last in ((day, day), (day - dt.timedelta(days=3), day + dt.timedelta(days=3))):
        whole = followups.agenda(first, last)
        for limit in range(1, len(whole) + 2):
            assert followups.agenda(first, last, limit=limit) == whole[:limit]
    on_the_day = followups.agenda(day, day)
    assert [e.kind for e in on_the_day] == ["meeting"] + ["birthday"] * 8 + ["followup"] * 2
    # The reminders in the contact list's name order (accents and case aside), the snoozed
    # one among them, the one marked done gone.
    assert [e.title for e in on_the_day if e.kind == "birthday"] == [
        "Ana", "Bo", "Cy", "Ed", "Émile Zola", "emma Stone", "Flo", "Hal"]
    assert [e.kind for e in followups.agenda(day + dt.timedelta(days=1),
                                             day + dt.timedelta(days=1))
            if e.contact_id == both] == ["birthday", "anniversary"]


def test_the_days_birthday_count_is_the_reminders_the_day_lists(db_path: object) -> None:
    """The reminder tray's count of a day's birthdays and anniversaries (counted by
    SQLite) is what the day lists: one marked done and one snoozed away are not counted,
    29 February counts on the 28th in a common year."""
    day = dt.date(2027, 2, 28)
    people = [_person(f"P{n}", birthday="--02-28") for n in range(4)]
    _person("Leap", birthday="1992-02-29")
    _person("Wed", birthday="--05-01", anniversary="2001-02-28")
    items = followups.reminders_between(day, day)
    assert len(items) == followups.reminder_count(day, day) == 6
    done, later = (i for i in items if i.contact_id in people[:2])
    followups.mark_done(done)
    followups.snooze(later, dt.date(2027, 3, 2), day)
    assert followups.reminder_count(day, day) == len(followups.reminders_between(day, day)) == 4
    week = (day - dt.timedelta(days=3), day + dt.timedelta(days=3))
    assert followups.reminder_count(*week) == len(followups.reminders_between(*week)) == 4
