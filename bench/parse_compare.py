"""Check: the parse side of an import gives the same results in two checkouts (issue 18).

Runs the same inputs through two checkouts of Rapport (each in its own interpreter, with
its own ``desktop`` package) and compares, card by card and record by record:

* the vCard reader (``parse_bytes``): every card (all of ``CardData``), every rejected
  card and every warning, with its file and line, or the ``VCardError`` of the input;
* the import's parse side (``import_parse._produce`` over ``iter_contact_file``): every
  card's index, line, UID and ``ContactRecord`` (phones placed, tags, extra...), and each
  file's rejections and warnings; and that a card packed for the pipe (``_pack``,
  pickled, ``_unpack``) arrives as the same card in each checkout.

Inputs: the real corpus (``shared/vcards/real``), the fuzz regressions, the generated
corpus of ``bench_vcard_parse.make_corpus`` (with and without UIDs) and hostile inputs
made from both (``hostile``: line endings, folding anywhere -- inside UTF-8 sequences and
quoted-printable escapes --, case, blanks, comments, groups of any depth, 2.1 bare and
quoted parameters, quoted-printable with charsets, Latin-1 and Shift_JIS bytes, UTF-16,
nested and unterminated cards, stray lines, escapes, over-long values).

    .venv/bin/python bench/parse_compare.py /path/to/other/checkout [--hostile 3000]
        [--cards 20000]

Prints the number of inputs, cards and records compared and every difference (exit
status 1 if there is one). No timing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "vcards" / "real"
for _where in (ROOT.parent / "shared", Path("/work/shared")):
    if (_where / "vcards" / "real").is_dir():
        REAL = _where / "vcards" / "real"
        break


# --------------------------------------------------------------------------- hostile inputs


def _cards_of(data: bytes) -> list[list[bytes]]:
    """The cards of a file as lists of physical lines (bytes, line ends dropped)."""
    cards: list[list[bytes]] = []
    current: list[bytes] | None = None
    for raw in data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n"):
        if raw.strip().upper() == b"BEGIN:VCARD":
            current = [raw]
        elif current is not None:
            current.append(raw)
            if raw.strip().upper() == b"END:VCARD":
                cards.append(current)
                current = None
    return cards


_NAMES = [b"FN", b"N", b"TEL", b"EMAIL", b"ADR", b"ORG", b"TITLE", b"NOTE", b"URL", b"BDAY",
          b"CATEGORIES", b"UID", b"PHOTO", b"X-ABLabel", b"NICKNAME", b"RELATED", b"IMPP",
          b"X-RAPPORT-STAGE", b"X-CUSTOM", b"LABEL", b"VERSION", b"ANNIVERSARY", b"KEY"]
_PARAMS = [b"TYPE=CELL", b"TYPE=work,voice", b'TYPE="home,pref"', b"CELL", b"PREF", b"HOME",
           b"CHARSET=UTF-8", b"CHARSET=ISO-8859-1", b"CHARSET=SHIFT_JIS", b"CHARSET=bogus",
           b"ENCODING=QUOTED-PRINTABLE", b"QUOTED-PRINTABLE", b"ENCODING=b", b"BASE64",
           b"ENCODING=8BIT", b"VALUE=uri", b"VALUE=text", b"PREF=1", b"PREF=2",
           b'LABEL="a:b;c"', b"X-SERVICE-TYPE=Skype", b"", b"type=Home", b"X-APPLE-OMIT-YEAR=1604",
           b"LANGUAGE=en-us", b'X-Q="x,y:z"']
_VALUES = [b"Jos\xc3\xa9 Garc\xc3\xada", b"+41 44 123 45 67", b"0044 20 7946 0018",
           b"06 12345678", b"tel:+1-415-555-0100;ext=12", b"a@example.org",
           b";;Main St;Town;;1234;NL",
           b"Smith;John;;Dr.;", b"Acme\\, Inc.;R&D;Lab", b"line1\\nline2\\, \\; \\: \\\\ x",
           b"trailing\\", b"=C3=91=C3=B1", b"=E5=B1=B1=E7=94=B0=", b"\x94\x5c", b"caf\xe9",
           b"1985-04-12", b"--0412", b"19850412T000000Z", b"1604-02-29", b"circa 1800",
           b"data:image/png;base64,iVBORw0KGgo=", b"/9j/4AAQSkZJRgABAQ==", b"!!notb64!!",
           b"a,b\\,c,,Family,family", b"_$!<Mobile>!$_", b"urn:uuid:1234", b"", b"  ",
           b"x" * 200, b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"\x07bell", b'"quoted"',
           b"vnd.android.cursor.item/nickname;Bob;1;;;;;;;;;;;;;", b"stage:met", b"3.0", b"2.1"]


def _random_line(rnd: random.Random) -> bytes:
    name = rnd.choice(_NAMES)
    if rnd.random() < 0.3:
        name = name.lower() if rnd.random() < 0.5 else name.title()
    if rnd.random() < 0.25:
        name = b".".join(rnd.choice([b"item1", b"a", b"B", b"x-y"]) for _ in
                         range(rnd.randint(1, 3))) + b"." + name
    params = b"".join(b";" + rnd.choice(_PARAMS) for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])))
    if rnd.random() < 0.05:
        params += b";"
    value = rnd.choice(_VALUES)
    if rnd.random() < 0.3:
        value += rnd.choice(_VALUES)
    sep = b":" if rnd.random() < 0.95 else rnd.choice([b" :", b": ", b""])
    return name + params + sep + value


def _fold(line: bytes, rnd: random.Random) -> list[bytes]:
    """Folded at random byte positions (inside UTF-8 sequences and QP escapes too)."""
    out: list[bytes] = []
    rest = line
    while len(rest) > 8 and rnd.random() < 0.6:
        at = rnd.randint(1, len(rest) - 1)
        out.append(rest[:at])
        rest = rnd.choice([b" ", b"\t", b" ", b"  "]) + rest[at:]
    out.append(rest)
    return out


def _qp_soft_break(line: bytes, rnd: random.Random) -> list[bytes]:
    at = rnd.randint(1, max(1, len(line) - 1))
    return [line[:at] + b"=", line[at:]]


def _mutate_card(lines: list[bytes], rnd: random.Random, donors: list[bytes]) -> list[bytes]:
    body = list(lines[1:-1])
    begin, end = lines[0], lines[-1]
    for _ in range(rnd.randint(0, 4)):
        roll = rnd.random()
        at = rnd.randint(0, len(body)) if body else 0
        if roll < 0.25:
            body.insert(at, _random_line(rnd))
        elif roll < 0.35 and body:
            k = rnd.randrange(len(body))
            body[k:k + 1] = _fold(body[k], rnd)
        elif roll < 0.42 and body:
            k = rnd.randrange(len(body))
            body[k:k + 1] = _qp_soft_break(body[k], rnd)
        elif roll < 0.5:
            body.insert(at, rnd.choice([b"", b"   ", b"# a comment", b" stray continuation",
                                        b"no colon here", b"\t", b"END:VCARD", b"BEGIN:VCARD",
                                        b"end:vcard", b"BEGIN : VCARD", b"X-A\rB:c\rd",
                                        b":empty name", b"..:x", b"TEL;;:1", b"X;=;:y"]))
        elif roll < 0.56 and body:
            k = rnd.randrange(len(body))
            body[k] = body[k].lower() if rnd.random() < 0.5 else body[k].upper()
        elif roll < 0.62 and body:
            del body[rnd.randrange(len(body))]
        elif roll < 0.68 and donors:
            body.insert(at, rnd.choice(donors))
        elif roll < 0.74 and body:
            k = rnd.randrange(len(body))
            body[k] = b"g1.g2." + body[k] if rnd.random() < 0.5 else b"item9." + body[k]
        elif roll < 0.8:
            nested = [b"BEGIN:VCARD", b"VERSION:2.1", _random_line(rnd), b"FN:Agent",
                      b"END:VCARD"]
            body[at:at] = nested if rnd.random() < 0.8 else nested[:-1]
        elif roll < 0.86 and body:
            k = rnd.randrange(len(body))
            body[k] = body[k] + rnd.choice([b"\\", b"=", b" ", b"\x00", b"\xff", b"\xc3"])
        elif roll < 0.9:
            begin = rnd.choice([b"BEGIN:VCARD", b"begin:vcard", b"BEGIN:vCard", b" BEGIN:VCARD",
                                b"BEGIN:VCARD ", b"BEGIN: VCARD"])
        elif roll < 0.94:
            end = rnd.choice([b"END:VCARD", b"end:vcard", b"END:vCard", b"END:VCARD ", b""])
        else:
            body.insert(at, b"VERSION:" + rnd.choice([b"2.1", b"3.0", b"4.0"]))
    return [begin, *body, end]


def hostile(count: int, seed: int, seeds: list[bytes]) -> list[bytes]:
    """*count* hostile inputs, each made of cards of *seeds* mutated."""
    rnd = random.Random(seed)
    pool = [card for data in seeds for card in _cards_of(data)]
    donors = [line for card in pool[:400] for line in card[1:-1] if len(line) < 300]
    out: list[bytes] = []
    for _ in range(count):
        cards = [_mutate_card(rnd.choice(pool), rnd, donors) for _ in range(rnd.randint(1, 6))]
        if rnd.random() < 0.2:  # a card made only of random lines
            cards.append([b"BEGIN:VCARD", *(_random_line(rnd) for _ in range(rnd.randint(0, 8))),
                          b"END:VCARD"])
        eol = rnd.choice([b"\r\n", b"\r\n", b"\n", b"\r", b"\r\r\n"])
        lines = [line for card in cards for line in card]
        if rnd.random() < 0.1:  # mixed line ends
            data = b"".join(line + rnd.choice([b"\r\n", b"\n"]) for line in lines)
        else:
            data = eol.join(lines) + (eol if rnd.random() < 0.8 else b"")
        if rnd.random() < 0.05:
            data = b"text before the first card" + eol + data
        roll = rnd.random()
        if roll < 0.04:
            try:
                data = data.decode("utf-8").encode(rnd.choice(["utf-16", "utf-16-le",
                                                               "utf-16-be"]))
            except UnicodeDecodeError:
                pass
        elif roll < 0.08:
            data = b"\xef\xbb\xbf" + data
        out.append(data)
    return out


# --------------------------------------------------------------------------- one checkout


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {"__class__": type(obj).__name__,
                **{f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                   if not f.name.startswith("_")}}
    if isinstance(obj, list | tuple):
        return type(obj)(_plain(x) for x in obj)
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def dump(inputs: list[Path], out: Path) -> None:
    """What this checkout (the first on PYTHONPATH) makes of each input, as plain data,
    pickled into *out*."""
    from desktop.services import import_parse, phones
    from desktop.vcard import VCardError, parse_bytes

    phones.set_user_region("CH")
    results: dict[str, Any] = {}
    for path in inputs:
        entry: dict[str, Any] = {}
        data = path.read_bytes()
        if path.suffix.lower() != ".csv":
            try:
                parsed = parse_bytes(data, path.name)
                entry["reader"] = (_plain(parsed.cards), [str(e) for e in parsed.errors],
                                   [e.internal for e in parsed.errors],
                                   [str(w) for w in parsed.warnings])
            except VCardError as exc:
                entry["reader"] = ("VCardError", str(exc))
        items: list[Any] = []
        packed: list[str] = []

        def put(batch: list[Any], done: int, items: list[Any] = items,
                packed: list[str] = packed) -> bool:
            for item in batch:
                if isinstance(item, import_parse.Card):
                    again = import_parse._unpack(pickle.loads(pickle.dumps(
                        import_parse._pack(item), pickle.HIGHEST_PROTOCOL)))
                    if _plain(again) != _plain(item):
                        packed.append(f"card {item.index} changed crossing the pipe")
                    items.append(_plain(item))
                else:
                    items.append(("end", item.index, [str(e) for e in item.rejected],
                                  [str(w) for w in item.warnings], item.error))
            return True

        import_parse._produce([path], [len(data)], put, lambda card: card)
        entry["produce"] = items
        entry["packing"] = packed
        results[path.name] = entry
    out.write_bytes(pickle.dumps(results, pickle.HIGHEST_PROTOCOL))


# --------------------------------------------------------------------------- comparing


def _first_difference(a: Any, b: Any, where: str = "") -> str:
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} {a!r:.200} vs {type(b).__name__} {b!r:.200}"
    if isinstance(a, dict):
        for key in {*a, *b}:
            if a.get(key, "<missing>") != b.get(key, "<missing>"):
                return _first_difference(a.get(key, "<missing>"), b.get(key, "<missing>"),
                                         f"{where}.{key}")
    if isinstance(a, list | tuple):
        if len(a) != len(b):
            return f"{where}: {len(a)} items vs {len(b)}"
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{where}[{k}]")
    return f"{where}: {a!r:.300} vs {b!r:.300}"


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (e.g. main's)")
    ap.add_argument("--hostile", type=int, default=3000, help="hostile inputs to make")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--cards", type=int, default=20_000, help="cards of the generated corpus")
    ap.add_argument("--dump", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:  # in a checkout's own interpreter: dump OUT INPUTS...
        dump(args.dump[1:], args.dump[0])
        return

    sys.path.insert(0, str(ROOT))
    from bench.bench_vcard_parse import make_corpus

    with tempfile.TemporaryDirectory(prefix="rapport-compare-") as tmp:
        folder = Path(tmp)
        inputs: list[Path] = []
        real = sorted(REAL.rglob("*.vcf"))
        for k, path in enumerate(real):
            inputs.append(folder / f"real{k:03d}-{path.name}")
            inputs[-1].write_bytes(path.read_bytes())
        for k, path in enumerate(sorted((ROOT / "tests").rglob("*.vcf"))):
            inputs.append(folder / f"test{k:03d}-{path.name}")
            inputs[-1].write_bytes(path.read_bytes())
        generated = make_corpus(args.cards)
        (folder / "generated.vcf").write_bytes(generated)
        import re

        (folder / "generated-no-uid.vcf").write_bytes(
            re.sub(rb"UID:[^\r\n]*\r\n", b"", generated))
        inputs += [folder / "generated.vcf", folder / "generated-no-uid.vcf"]
        seeds = [p.read_bytes() for p in real] + [make_corpus(50, seed=7)]
        for k, data in enumerate(hostile(args.hostile, args.seed, seeds)):
            inputs.append(folder / f"hostile{k:05d}.vcf")
            inputs[-1].write_bytes(data)

        dumps: list[dict[str, Any]] = []
        for checkout in (ROOT, args.other.resolve()):
            out = folder / f"dump-{len(dumps)}.pickle"
            # the checkout's own desktop package first on the path
            done = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "parse_compare.py"), "x", "--dump",
                 str(out), *map(str, inputs)],
                cwd=checkout, env={**os.environ, "PYTHONPATH": str(checkout)}, check=False,
                capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"{checkout}: {done.stderr[-3000:]}")
            dumps.append(pickle.loads(out.read_bytes()))
        ours, theirs = dumps
        differences = 0
        cards = records = 0
        for path in inputs:
            a, b = ours[path.name], theirs[path.name]
            for key in ("reader", "produce", "packing"):
                if key == "packing" and a[key]:
                    differences += 1
                    print(f"{path.name}: this checkout: {a[key][:3]}")
                if key == "packing" and b[key]:
                    differences += 1
                    print(f"{path.name}: the other checkout: {b[key][:3]}")
                if a.get(key) != b.get(key):
                    differences += 1
                    where = _first_difference(a.get(key), b.get(key))
                    print(f"{path.name}: {key} differs: {where}")
            if isinstance(a.get("reader"), tuple) and a["reader"][0] != "VCardError":
                cards += len(a["reader"][0])
            records += sum(1 for item in a["produce"] if isinstance(item, dict))
        print(f"{len(inputs)} inputs ({len(real)} real files, {args.hostile} hostile), "
              f"{cards:,} cards read and {records:,} records made in each checkout: "
              f"{differences} differences")
        sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
