"""Contacts an older Rapport made of group cards become what an import makes of one now
(``groups``): the group's name a tag of category "group" on its members, the contact
removed. No Qt.

Migration 20 lists the contacts whose kept card lines (``vcard_extra``) may say KIND:group
or X-ADDRESSBOOKSERVER-KIND:group (``old_group_card``); ``convert_old_group_cards``, run
once the book is open (the app and the command line, before anything else), decides with
the vCard reader (``kept_group_members``: the rule an import uses, never a guess from a
name) and writes it through the store as one change set, which ``history.undo`` takes
back.

What a tag cannot hold is never dropped: a group contact that holds anything but its name
and card lines (a note, an e-mail, a photo, a tag, a stage or cadence, an interaction, a
follow-up, a favour, an introduction, a pinned fact, a week's focus, a sync conflict) is
kept as it is -- its members get the tag all the same -- and named in the note the user
reads. A removed contact's server card, when it was synced, is left as sync leaves a group
card (``sync.engine.leave_server_cards``): never uploaded, rewritten or deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.models import db
from desktop.services.types import Changes
from desktop.text import Translatable, fill, join_and


class GroupUpgradeText(Translatable):
    """Translation context of the note after the upgrade."""


# Anything of a contact a group tag cannot hold: the user's own columns, a card's values
# beyond its name, and every table that refers to a contact (the derived ones aside:
# ``contact_meetings`` counts interactions, ``node_position`` is the graph's layout,
# ``not_duplicate`` a decision about a pair that goes with the contact).
_HOLDS = """
SELECT c.id FROM contact c WHERE c.id IN (SELECT value FROM json_each(?)) AND (
    coalesce(c.note, '') <> '' OR c.how_we_met <> '' OR c.one_thing <> ''
    OR c.met_on IS NOT NULL OR c.keep_in_touch_days IS NOT NULL OR c.stage <> 'connected'
    OR c.birthday IS NOT NULL OR c.anniversary IS NOT NULL OR c.nickname <> ''
    OR c.organization <> '' OR c.department <> '' OR c.title <> ''
    OR EXISTS (SELECT 1 FROM email WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM phone WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM address WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM url WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM contact_photo WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM contact_tag WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM interaction_participant WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM follow_up WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM favor WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM contact_fact WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM focus_entry WHERE contact_id = c.id)
    OR EXISTS (SELECT 1 FROM introduction WHERE introducer_id = c.id
               OR person_a_id = c.id OR person_b_id = c.id)
    OR EXISTS (SELECT 1 FROM sync_conflict WHERE contact_id = c.id AND resolved = 0))
"""


@dataclass(frozen=True)
class OldGroupCards:
    """What ``convert_old_group_cards`` did: the groups whose contact went (their names
    now tags), those kept as contacts because they hold what a tag cannot, how many
    members got a tag, and the change set (``changes.change_sets``: undo takes it back)."""

    removed: tuple[str, ...]
    kept: tuple[str, ...]
    tagged: int
    changes: Changes

    def note(self) -> str:
        """One line for the user: what became of the book's group contacts."""
        text = (GroupUpgradeText.tr("Group tags made of %n group card(s)", "",
                                    len(self.removed) + len(self.kept))
                + " (" + GroupUpgradeText.tr("%n contact(s) tagged", "", self.tagged) + ")")
        if self.kept:
            names = join_and([f"“{name}”" for name in self.kept])
            text += "; " + fill(GroupUpgradeText.tr(
                "%n contact(s) kept for notes or history of yours: %1", "",
                len(self.kept)), names)
        return text


def convert_old_group_cards() -> OldGroupCards | None:
    """Turn the contacts migration 20 listed that are group cards into group tags on their
    members (one transaction, one change set of source "import"), emptying the list. None
    when there was nothing listed (every open after the first: one read of an empty
    table)."""
    if db.execute_sql("SELECT 1 FROM old_group_card LIMIT 1").fetchone() is None:
        return None
    # Imported only when there is work: every start of the app asks, and the vCard reader,
    # phonenumbers and the sync engine load off the UI thread after the first paint
    # (tests/ui/test_startup_imports.py).
    from desktop.vcard import kept_group_members

    with db.atomic("IMMEDIATE"):
        rows = db.execute_sql(
            "SELECT c.id, c.full_name, c.vcard_extra FROM old_group_card o "
            "JOIN contact c ON c.id = o.contact_id WHERE c.is_me = 0 ORDER BY c.id"
        ).fetchall()
        found: list[tuple[int, str, tuple[str, ...]]] = []
        for cid, name, extra_text in rows:
            try:
                extra = json.loads(extra_text or "{}")
            except ValueError:
                continue
            if not isinstance(extra, dict):
                continue
            members = kept_group_members(str(extra.get("version") or ""),
                                         [str(line) for line in extra.get("extra") or ()])
            if members is not None:
                found.append((int(cid), str(name or ""), members))
        result: OldGroupCards | None = None
        if found:
            result = _convert(found)
        db.execute_sql("DELETE FROM old_group_card")
    return result


def _convert(found: list[tuple[int, str, tuple[str, ...]]]) -> OldGroupCards:
    from desktop.services import groups, store
    from desktop.services.history import HistoryLabel
    from desktop.services.sync import engine

    group_ids = {cid for cid, _name, _members in found}
    holds = {int(r[0]) for r in db.execute_sql(_HOLDS, (json.dumps(sorted(group_ids)),))}
    # A group with no name makes no tag: it stays, as a contact that holds something.
    holds |= {cid for cid, name, _members in found if not " ".join(name.split())}
    index = groups.member_index(m for _cid, _name, members in found for m in members)
    tagged: set[int] = set()
    with store.session("import", HistoryLabel.tr("Group cards made tags"),
                       marker=True) as session:
        for _cid, name, members in found:
            ids, _missing = groups.members_found(index, members)
            tagged.update(groups.tag_members(
                session, [i for i in ids if i not in group_ids], name))
        gone = [cid for cid, _name, _members in found if cid not in holds]
        if gone:
            engine.leave_server_cards(gone)
            session.delete(gone)
    return OldGroupCards(
        removed=tuple(name for cid, name, _m in found if cid not in holds),
        kept=tuple(name for cid, name, _m in found if cid in holds),
        tagged=len(tagged), changes=session.changes())
