"""vCard export: all contacts, some ids, or a tag, as vCard 3.0 or 4.0, written atomically.

No Qt. Contacts are loaded 900 at a time with one query per table (``load_records``), mapped
to :class:`CardData` (tags as CATEGORIES, stage / cadence / how-we-met / met-on as X-RAPPORT-*,
the unmodelled lines and per-value metadata written back as imported) and written by
``desktop.vcard.write_cards`` through ``desktop.files.atomic_file`` (a temporary file beside
the target, fsynced and renamed into place): a failure at any point, a full disk included,
leaves the old file untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.files import atomic_file
from desktop.models import db
from desktop.services.errors import ServiceError
from desktop.services.tags import find_tag
from desktop.services.types import ContactId
from desktop.services.vcard_mapping import INTRODUCTION_PARAM, load_records, record_to_card
from desktop.text import Translatable, fill
from desktop.vcard import CardData, CardValue, write_cards

Progress = Callable[[int, int], bool]
VERSIONS = ("3.0", "4.0")
_BATCH = 300  # contacts per load: a progress report every ~30 ms


class ExportText(Translatable):
    """Translation context of vCard exports: the result's summary."""


class ExportCancelled(Exception):
    """The progress callback returned False; the target file was not touched."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    version: str

    def summary(self) -> str:
        return fill(ExportText.tr("exported %n contact(s) to %1 (vCard %2)", "", self.count),
                    self.path, self.version)


def export_ids(tag: str | None = None) -> list[ContactId]:
    """The contacts an export of everything (or of one tag) writes, in name order; the
    user's own profile is not among them. Raises ServiceError for an unknown tag."""
    if tag is not None:
        tag_id = find_tag(tag)
        if tag_id is None:
            raise ServiceError(fill(ExportText.tr("no tag named %1"), repr(tag)))
        sql = ("SELECT c.id FROM contact c JOIN contact_tag ct ON ct.contact_id = c.id "
               "WHERE ct.tag_id = ? AND c.is_me = 0 ORDER BY c.sort_key, c.id")
        return [ContactId(r[0]) for r in db.execute_sql(sql, (int(tag_id),))]
    return [ContactId(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE is_me = 0 ORDER BY sort_key, id")]


def export_vcards(
    out_path: Path | str,
    ids: Sequence[ContactId] | None = None,
    tag: str | None = None,
    version: str = "3.0",
    progress: Progress | None = None,
    replace_read_only: bool = False,
) -> ExportResult:
    """Write the contacts (``ids``, else the members of ``tag``, else everyone but "me") to
    ``out_path``. ``progress(done, total)`` after every 300 contacts; False cancels
    (``ExportCancelled``). Errors writing the file are ``OSError``s (``files.ReadOnlyTarget``
    for a read-only file not to be replaced without *replace_read_only*); the old file
    survives."""
    if version not in VERSIONS:
        raise ServiceError(fill(ExportText.tr("vCard version must be 3.0 or 4.0, not %1"),
                                repr(version)))
    if ids is not None and tag is not None:
        raise ServiceError(ExportText.tr("export either some contacts or a tag, not both"))
    wanted = list(ids) if ids is not None else export_ids(tag)
    out = Path(out_path)
    count = 0
    with atomic_file(out, "t", replace_read_only=replace_read_only) as fh:
        for start in range(0, len(wanted), _BATCH):
            chunk = [int(i) for i in wanted[start : start + _BATCH]]
            records = load_records(chunk)
            cards = [record_to_card(records[i]) for i in chunk if i in records]
            if version == "4.0":
                _add_introductions(cards, [i for i in chunk if i in records])
            count += write_cards(cards, fh, version)
            if progress is not None and progress(start + len(chunk), len(wanted)) is False:
                raise ExportCancelled("export cancelled")
    return ExportResult(out, count, version)


def _related_uri(uid: str | None, name: str) -> tuple[str, list[str]]:
    """How a RELATED line points at a person: their UID as a URI when it is one (or a bare
    UUID), else their name as text (RFC 6350 6.6.6: URI by default, VALUE=text allowed)."""
    if uid:
        if ":" in uid:
            return uid, []
        if len(uid) == 36 and uid.count("-") == 4:
            return f"urn:uuid:{uid}", []
    return name, ["VALUE=text"]


def _add_introductions(cards: list[CardData], ids: list[int]) -> None:
    """vCard 4.0 exports say who each person knows through an introduction (issue 3:
    "introductions become RELATED where 4.0 allows"): one RELATED;TYPE=acquaintance line
    per person met or introduced (status made or met), marked as Rapport's own so a
    re-import does not keep them as card data. *cards* and *ids* are parallel."""
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    links: dict[int, list[int]] = {}
    for a, b in db.execute_sql(
        "SELECT person_a_id, person_b_id FROM introduction "
        f"WHERE status IN ('made', 'met') AND (person_a_id IN ({marks}) "
        f"OR person_b_id IN ({marks})) ORDER BY id",
        [*ids, *ids],
    ):
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)
    others = sorted({o for i in ids for o in links.get(i, ())})
    people: dict[int, tuple[str | None, str, bool]] = {}
    for start in range(0, len(others), 900):
        chunk = others[start : start + 900]
        for cid, uid, name, is_me in db.execute_sql(
            "SELECT id, uid, full_name, is_me FROM contact "
            f"WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ):
            people[cid] = (uid, name, bool(is_me))
    for card, cid in zip(cards, ids, strict=True):
        seen: set[str] = {r.value for r in card.related}
        for other in dict.fromkeys(links.get(cid, ())):
            if other == cid or other not in people:
                continue
            uid, name, is_me = people[other]
            if is_me:  # the user's own profile is not exported: nothing to point at
                continue
            value, params = _related_uri(uid, name)
            if not value or value in seen:
                continue
            seen.add(value)
            card.related.append(CardValue(value, "acquaintance",
                                          params=[*params, INTRODUCTION_PARAM]))
