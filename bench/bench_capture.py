"""Benchmark: capture from a 1 GB mbox and from a 5,000-event .ics (issue 17).

Budgets: a 1 GB mbox with 100,000 messages captured in ≤ 60 s with bounded memory, a
progress bar and Cancel; a 5,000-event .ics in ≤ 5 s.

* The mbox (generated once under ``bench/.data/``, not in git): 100,000 messages of
  2-20 KB (headers as Thunderbird keeps them, a text part and a base64 attachment), a
  quarter of them to or from one of 2,000 contacts, a third of those replies in a thread.
  Baseline, same run: reading the file in 8 MB blocks (what the disk and page cache cost).
* The .ics: 5,000 events as Google exports them (VTIMEZONE, attendees, every 50th weekly
  for 20 weeks). Baseline, same run: ``vobject.readOne`` parsing the same file.

Each capture (scan, review, log) runs in a child process into a fresh database holding the
contacts; the child reports the seconds of each step and its peak RSS (``ru_maxrss``). A
second child cancels the mbox capture at 30 % through its progress callback and reports how
long the cancel took to be honoured. Prints seconds and ratios; asserts nothing.

    .venv/bin/python bench/bench_capture.py [--messages 100000] [--events 5000]
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import DATA, ROOT

CONTACTS = 2_000
GIVEN = ["Ana", "Bo", "Zoë", "Jürgen", "Chloé", "Søren", "Ines", "Mateo", "Yuki", "Priya"]
FAMILY = ["García", "Müller", "Nakamura", "O'Brien", "Dubois", "Kowalski", "Okafor", "Silva"]

CHILD = r"""
import datetime as dt, json, resource, sys, time
from pathlib import Path
from desktop.models import open_database
from desktop.services import importer
from desktop.services.capture import engine
from desktop.services import contacts
from desktop.services.types import ContactFields, LabeledValue
open_database(Path(sys.argv[1]))
importer.run_import([Path(sys.argv[2])])
contacts.create_contact(ContactFields(full_name="Me", emails=(LabeledValue("me@rivera.example"),)),
                        is_me=True)
source, since, cancel_at = Path(sys.argv[3]), sys.argv[4], float(sys.argv[5])
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
asked = [None]
calls = [0]
last = [time.perf_counter(), 0.0]
def progress(done, total):
    calls[0] += 1
    now = time.perf_counter()
    last[1] = max(last[1], now - last[0])
    last[0] = now
    if cancel_at and done >= cancel_at * total:
        if asked[0] is None:
            asked[0] = time.perf_counter()
        return False
    return True
t0 = time.perf_counter()
try:
    scan = engine.scan_files([source], dt.datetime.fromisoformat(since),
                             dt.datetime(2030, 1, 1), progress)
except engine.CaptureCancelled:
    print(json.dumps({"cancel_s": time.perf_counter() - asked[0], "calls": calls[0]}))
    sys.exit(0)
t1 = time.perf_counter()
preview = engine.review(scan)
t2 = time.perf_counter()
last[0] = t2  # the review reports no progress (it takes ~1 s on 50,000 thread-days)
result = engine.apply(preview, progress=progress)
t3 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"scan": t1 - t0, "review": t2 - t1, "apply": t3 - t2, "read": scan.read,
                  "kept": len(scan.sightings), "logged": result.logged + result.planned,
                  "problems": len(scan.problems), "rss0_mb": rss0 / 1024,
                  "rss1_mb": rss1 / 1024, "calls": calls[0], "gap": last[1]}))
"""


def _address(i: int) -> str:
    return f"{GIVEN[i % len(GIVEN)].lower()}.{i}@example{i % 97}.org"


def contacts_vcf(path: Path) -> None:
    lines = []
    for i in range(CONTACTS):
        name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[i % len(FAMILY)]} {i}"
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"EMAIL:{_address(i)}",
                  "END:VCARD"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def make_mbox(path: Path, messages: int) -> None:
    rnd = random.Random(17)
    pool = base64.encodebytes(rnd.randbytes(48_000)).decode("ascii")
    start = dt.datetime(2025, 1, 1, 8, 0)
    ids: list[str] = []
    tmp = path.with_suffix(".partial")
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for n in range(messages):
            when = start + dt.timedelta(minutes=5 * n)
            if rnd.random() < 0.25:
                other = _address(rnd.randrange(CONTACTS))
            else:
                other = f"someone{rnd.randrange(50_000)}@elsewhere{n % 31}.net"
            sender, to = (("me@rivera.example", other) if rnd.random() < 0.4
                          else (other, "me@rivera.example"))
            msg_id = f"<{n}.{rnd.randrange(10**9)}@mail.example>"
            reply = ids and rnd.random() < 0.33
            root = rnd.choice(ids[-200:]) if reply else None
            subject = (f"Re: Project update {n % 977}" if reply else
                       "=?UTF-8?Q?Caf=C3=A9_plans_?=" + str(n) if n % 10 == 0
                       else f"Project update {n % 977}")
            size = rnd.randrange(2_000, 20_000)
            offset = rnd.randrange(0, len(pool) - size)
            out.write(
                f"From - {when:%a %b %d %H:%M:%S %Y}\n"
                "X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n"
                f"Return-Path: <{sender}>\n"
                "Received: from mx.example (mx.example [192.0.2.1])\n"
                f"\tby mail.example with ESMTPS id {n:x}; {when:%a, %d %b %Y %H:%M:%S} +0000\n"
                f"Message-ID: {msg_id}\n"
                f"Date: {when:%a, %d %b %Y %H:%M:%S} +0000\n"
                f"From: Person {n % 503} <{sender}>\nTo: {to}\n"
                + (f"References: {root}\nIn-Reply-To: {root}\n" if root else "")
                + f"Subject: {subject}\nMIME-Version: 1.0\n"
                'Content-Type: multipart/mixed; boundary="b1"\n\n'
                "--b1\nContent-Type: text/plain; charset=UTF-8\n\n"
                "Hello, here is the update we spoke about.\nFrom the team, with thanks.\n\n"
                '--b1\nContent-Type: application/octet-stream; name="a.bin"\n'
                "Content-Transfer-Encoding: base64\n\n"
                + pool[offset : offset + size] + "\n--b1--\n\n")
            ids.append(msg_id)
            if n % 10_000 == 0:
                print(f"  {n:,} messages written", file=sys.stderr)
    tmp.rename(path)


GOOGLE_TZ = """BEGIN:VTIMEZONE\r
TZID:Europe/London\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0000\r
TZOFFSETTO:+0100\r
DTSTART:19700329T010000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0000\r
DTSTART:19701025T020000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
"""


def make_ics(path: Path, events: int) -> None:
    rnd = random.Random(5)
    out = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
           "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", GOOGLE_TZ.strip()]
    base = dt.datetime(2025, 1, 6, 8, 0)
    for i in range(events):
        s = base + dt.timedelta(hours=rnd.randrange(0, 24 * 330))
        guest = _address(rnd.randrange(CONTACTS)) if rnd.random() < 0.6 else \
            f"guest{i}@elsewhere.net"
        out += ["BEGIN:VEVENT", f"DTSTART;TZID=Europe/London:{s:%Y%m%dT%H%M%S}",
                f"DTEND;TZID=Europe/London:{s + dt.timedelta(hours=1):%Y%m%dT%H%M%S}",
                "DTSTAMP:20251120T101010Z", "ORGANIZER;CN=Me:mailto:me@rivera.example",
                f"UID:{i:06d}abcdefghij@google.com",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Guest"
                f";X-NUM-GUESTS=0:mailto:{guest}",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Me;"
                "X-NUM-GUESTS=0:mailto:me@rivera.example",
                "DESCRIPTION:Agenda: the usual points\\, and the new ones.",
                "LOCATION:Room 1", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:Meeting {i}",
                "TRANSP:OPAQUE"]
        if i % 50 == 0:
            out.append("RRULE:FREQ=WEEKLY;COUNT=20")
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    path.write_text("\r\n".join(out) + "\r\n", encoding="utf-8", newline="")


def child(db: Path, vcf: Path, source: Path, since: str, cancel_at: float = 0.0) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, str(db), str(vcf), str(source),
                             since, str(cancel_at)], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def bare_read(path: Path) -> float:
    t0 = time.perf_counter()
    with open(path, "rb") as fh:
        while fh.read(8 << 20):
            pass
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=5_000)
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    mbox = DATA / f"capture-{args.messages}.mbox"
    if not mbox.exists():
        print(f"generating {mbox} (once)...", file=sys.stderr)
        make_mbox(mbox, args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf = folder / "contacts.vcf"
        contacts_vcf(vcf)
        ics = folder / "calendar.ics"
        make_ics(ics, args.events)

        size_mb = mbox.stat().st_size / 2**20
        base = bare_read(mbox)
        mail = child(folder / "mail.sqlite3", vcf, mbox, "2024-01-01")
        total = mail["scan"] + mail["review"] + mail["apply"]
        print(f"mbox: {size_mb:,.0f} MB, {mail['read']:,} messages, {mail['kept']:,} thread-days "
              f"kept, {mail['logged']:,} logged, {mail['problems']} problems")
        print(f"  scan {mail['scan']:.1f} s + review {mail['review']:.2f} s + log "
              f"{mail['apply']:.1f} s = {total:.1f} s (budget 60 s); bare 8 MB-block read "
              f"{base:.2f} s, ratio {total / base:.1f} x")
        print(f"  peak RSS {mail['rss1_mb']:.0f} MB (before capture {mail['rss0_mb']:.0f} MB; "
              f"file {size_mb:,.0f} MB); progress reported {mail['calls']:,} times, longest "
              f"gap {mail['gap'] * 1000:.0f} ms (Cancel is seen at the next report)")
        cancel = child(folder / "cancel.sqlite3", vcf, mbox, "2024-01-01", 0.3)
        print(f"  Cancel at 30 %: stopped {cancel['cancel_s'] * 1000:.0f} ms after the report "
              "that asked, nothing written")

        import vobject

        t0 = time.perf_counter()
        vobject.readOne(ics.read_text(encoding="utf-8"))
        vob = time.perf_counter() - t0
        cal = child(folder / "cal.sqlite3", vcf, ics, "2025-01-01")
        total = cal["scan"] + cal["review"] + cal["apply"]
        print(f"ics: {args.events:,} events, {cal['read']:,} occurrences, {cal['logged']:,} "
              f"logged")
        print(f"  scan {cal['scan']:.2f} s + review {cal['review']:.2f} s + log "
              f"{cal['apply']:.2f} s = {total:.2f} s (budget 5 s); vobject parse alone "
              f"{vob:.2f} s, ratio {total / vob:.2f} x")


if __name__ == "__main__":
    main()
