"""Benchmark: our vCard reader/writer against vobject, in one run (DESIGN.md budgets).

Generates a realistic, deterministic 10,000-card vCard 3.0 file (random.Random(42)): accented
names, 1-3 e-mails and phones, an address, organisation and title, categories, a note, and a
small base64 photo on some cards. Then, interleaved and repeated:

* parse:     vobject.readComponents over the whole text (all components consumed)
             vs desktop.vcard.parse_bytes on the same bytes;
* serialise: vobject's serialize() of the components it parsed
             vs desktop.vcard.write_cards of the cards we parsed.

Prints medians and ratios (ours / vobject). Budgets: import ≤ 1.25 × vobject parse including
the database insert, so the reader alone should stay well under ~0.9; export ≤ 1.25 ×
vobject's serialisation. No assertions on seconds: the ratio is what is compared.

    .venv/bin/python bench/bench_vcard_parse.py [--cards 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import base64
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.vcard import parse_bytes, write_cards
from desktop.vcard.reference import vobject_parse, vobject_serialize

GIVEN = ["José", "Zoë", "Ana", "Björn", "Chloé", "Łukasz", "Sørina", "Miguel", "Aiko", "Émile",
         "Noah", "Fatima", "Olga", "Şahin", "Renée", "Jürgen", "Marta", "Ñaki", "Li", "Priya"]
FAMILY = ["García", "Müller", "O'Brien", "Nguyễn", "Dubois", "Kowalski", "Åberg", "Rossi",
          "Smith", "Yamada", "Černý", "Fernández", "Novák", "Ødegaard", "Papadopoulos", "Kim"]
ORGS = ["Lumen Labs", "Café Zürich", "Harbor & Co", "Nordic Fjörd AB", "Acme, Inc.",
        "Société Générale", "Blue Sky Ventures", "Universität Wien"]
TITLES = ["CTO", "Designer", "Account Manager", "Professor", "Founder", "Head of Sales"]
CITIES = [("Zürich", "ZH", "8001", "Switzerland"), ("København", "", "1050", "Denmark"),
          ("São Paulo", "SP", "01310-000", "Brazil"), ("Paris", "", "75002", "France"),
          ("Austin", "TX", "78701", "USA")]
TAGS = ["Running", "Jazz", "Chess", "Investors", "Climbing", "Books", "Cycling", "Family"]
PHOTO = base64.b64encode(bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(range(256)) * 6).decode()


def _fold(line: str) -> str:
    out = [line[:75]]
    out.extend(" " + line[i:i + 74] for i in range(75, len(line), 74))
    return "\r\n".join(out)


def make_corpus(n: int, seed: int = 42) -> bytes:
    rnd = random.Random(seed)
    cards: list[str] = []
    for i in range(n):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        lines = [
            "BEGIN:VCARD", "VERSION:3.0", f"UID:urn:uuid:{rnd.getrandbits(128):032x}",
            f"FN:{g} {f}", f"N:{f};{g};;;", f"ORG:{rnd.choice(ORGS).replace(',', chr(92) + ',')}",
            f"TITLE:{rnd.choice(TITLES)}",
        ]
        for k in range(rnd.randint(1, 3)):
            kind = rnd.choice(["HOME", "WORK", "OTHER"])
            lines.append(f"EMAIL;TYPE=INTERNET,{kind}:{g.lower()}.{k}{i}@example.org")
        for _k in range(rnd.randint(1, 3)):
            kind = rnd.choice(["CELL", "HOME", "WORK"])
            lines.append(f"TEL;TYPE={kind}:+41 44 {rnd.randint(100, 999)} "
                         f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}")
        city, region, code, country = rnd.choice(CITIES)
        lines.append(f"ADR;TYPE=HOME:;;{rnd.randint(1, 200)} Bahnhofstraße;{city};{region};"
                     f"{code};{country}")
        if rnd.random() < 0.5:
            lines.append(f"BDAY:19{rnd.randint(50, 99)}-{rnd.randint(1, 12):02d}-"
                         f"{rnd.randint(1, 28):02d}")
        lines.append("CATEGORIES:" + ",".join(rnd.sample(TAGS, rnd.randint(1, 3))))
        lines.append(_fold(f"NOTE:Met at the {rnd.choice(ORGS)} meetup; likes "
                           f"{rnd.choice(TAGS).lower()}.\\nFollow up about the intro to "
                           f"{rnd.choice(GIVEN)}."))
        if rnd.random() < 0.2:
            lines.append(_fold("PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO))
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return ("\r\n".join(cards) + "\r\n").encode("utf-8")


def _time(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    data = make_corpus(args.cards)
    text = data.decode("utf-8")
    print(f"corpus: {args.cards} cards, {len(data) / 1e6:.1f} MB")

    comps = vobject_parse(text)
    ours = parse_bytes(data, "bench").cards
    assert len(comps) == len(ours) == args.cards, (len(comps), len(ours))

    def our_write() -> None:
        write_cards(ours, io.StringIO())

    times: dict[str, list[float]] = {k: [] for k in ("vp", "op", "vs", "ow")}
    for r in range(args.rounds):
        # alternate the order so neither side always runs on a warm/cold heap
        pairs = [("vp", lambda: vobject_parse(text)), ("op", lambda: parse_bytes(data))]
        pairs += [("vs", lambda: vobject_serialize(comps)), ("ow", our_write)]
        if r % 2:
            pairs = [pairs[1], pairs[0], pairs[3], pairs[2]]
        for key, fn in pairs:
            times[key].append(_time(fn))

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"parse     vobject {med['vp']:.3f} s   ours {med['op']:.3f} s   "
          f"ratio {med['op'] / med['vp']:.3f}   ({args.cards / med['op']:.0f} cards/s)")
    print(f"serialise vobject {med['vs']:.3f} s   ours {med['ow']:.3f} s   "
          f"ratio {med['ow'] / med['vs']:.3f}   ({args.cards / med['ow']:.0f} cards/s)")
    print(f"(medians of {args.rounds} interleaved rounds)")


if __name__ == "__main__":
    main()
