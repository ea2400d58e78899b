"""Contact files by type: the one place that picks a reader for a file (issue 17).

``iter_contact_file`` reads a .csv export with ``csv_reader`` and anything else with the
streaming vCard reader; both yield :class:`CardData` or :class:`CardError` with the file's
line numbers, so the importer treats them alike. ``contact_files`` turns the paths a user
named -- files and folders -- into the files to import: every .vcf, .vcard and .csv inside
a folder (and its subfolders), in name order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from os import PathLike
from pathlib import Path

from desktop.vcard.csv_reader import iter_csv_file
from desktop.vcard.model import CardData, CardError
from desktop.vcard.reader import ProgressCallback
from desktop.vcard.stream import iter_parse_file

CONTACT_SUFFIXES = (".vcf", ".vcard", ".csv")


def is_csv(path: str | PathLike[str]) -> bool:
    return Path(path).suffix.lower() == ".csv"


def iter_contact_file(
    path: str | PathLike[str],
    progress: ProgressCallback | None = None,
    warnings: list[CardError] | None = None,
    progress_every: int = 250,
) -> Iterator[CardData | CardError]:
    """The cards of a vCard file or a contacts CSV export (``VCardError`` if unreadable);
    ``progress(cards, bytes or characters read)``."""
    if is_csv(path):
        return iter_csv_file(path, progress, warnings, progress_every)
    return iter_parse_file(path, progress, warnings, progress_every)


def contact_files(paths: Sequence[str | PathLike[str]]) -> list[Path]:
    """Files as given; folders as the contact files inside them (hidden ones left out)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            out.append(path)
            continue
        found = [f for f in path.rglob("*")
                 if f.suffix.lower() in CONTACT_SUFFIXES and f.is_file()
                 and not any(part.startswith(".") for part in f.relative_to(path).parts)]
        out.extend(sorted(found, key=lambda f: str(f.relative_to(path)).casefold()))
    return out
