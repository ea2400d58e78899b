"""Shared by the hardening tests: generated vCard files and a child-process runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_cards(path: Path, count: int, *, photo: bytes | None = None, every: int = 1,
                start: int = 0) -> Path:
    """*count* distinct vCard 3.0 contacts (unique names, e-mails and phones); every
    *every*-th card carries *photo* (base64 text, folded) when given."""
    lines: list[str] = []
    for i in range(start, start + count):
        lines += [
            "BEGIN:VCARD", "VERSION:3.0", f"FN:Person {i:06d} Example",
            f"N:Example;Person {i:06d};;;", f"ORG:Company {i % 500}",
            f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.org",
            f"TEL;TYPE=CELL:+44 20 7{i:07d}", f"NOTE:Met at conference {i % 97}; likes jazz.",
            f"CATEGORIES:Group {i % 20},Interest {i % 7}",
        ]
        if photo is not None and i % every == 0:
            text = "PHOTO;ENCODING=b;TYPE=JPEG:" + photo.decode("ascii")
            lines.append(text[:75])
            lines += [" " + text[j:j + 74] for j in range(75, len(text), 74)]
        lines.append("END:VCARD")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("RAPPORT_DB", None)
    return env


def python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=timeout)
