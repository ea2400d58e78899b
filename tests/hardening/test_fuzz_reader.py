"""Fuzzing (issue 7): at least 10,000 generated inputs through the vCard reader find no crash.

Two thirds are mutations of the real-phone corpus (inserted, deleted and swapped bytes,
vCard-significant fragments: folds, QUOTED-PRINTABLE soft breaks, charsets, BOMs); the rest
are cards built from random property lines in 2.1, 3.0 and 4.0. Each input must either parse
(and what it gives must write and read back) or raise VCardError naming the file: anything
else is a crash. The strategies and the check are tests/vcard/test_fuzz.py's, run longer.

Its own marker: CI runs it (``make test``); ``pytest -m "not fuzz"`` skips it locally.
Derandomized, so a failure in CI reproduces on any machine. Budget: under 60 s.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vcard.test_fuzz import SEEDS, _check, mutate, mutation, name, param, value

TOTAL = int(os.environ.get("RAPPORT_FUZZ_EXAMPLES", "10000"))
MUTATED = TOTAL * 2 // 3
GENERATED = TOTAL - MUTATED

pytestmark = pytest.mark.fuzz

FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


RUNS = {"mutated": 0, "generated": 0}


@settings(FUZZ, max_examples=MUTATED)
@given(seed=st.sampled_from(SEEDS), edits=st.lists(mutation, min_size=1, max_size=12))
def test_mutated_real_cards_never_crash_the_reader(
    seed: bytes, edits: list[tuple[str, int, bytes, bytes]]
) -> None:
    RUNS["mutated"] += 1
    _check(mutate(seed, edits))


@settings(FUZZ, max_examples=GENERATED)
@given(lines=st.lists(st.tuples(name, param, value), max_size=16),
       version=st.sampled_from(["2.1", "3.0", "4.0"]),
       cards=st.integers(min_value=1, max_value=3))
def test_generated_cards_never_crash_the_reader(
    lines: list[tuple[str, str, str]], version: str, cards: int
) -> None:
    RUNS["generated"] += 1
    body = "".join(f"{n}{p}:{v}\r\n" for n, p, v in lines)
    card = f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n"
    _check((card * cards).encode("utf-8", "surrogatepass"))


def test_the_fuzz_run_reached_its_count() -> None:
    """Runs after the two above (file order): hypothesis stops early only when it has run
    out of distinct inputs, which these strategies never do."""
    if RUNS["mutated"] == 0:
        pytest.skip("run with the fuzz tests above")
    assert RUNS["mutated"] >= MUTATED
    assert RUNS["generated"] >= GENERATED
