"""The book the quick benches of issue 18 run on: a 10,000-contact demo network, made once
for the whole run, and a fresh copy of it opened for each test (a test may write)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import close_database, open_database

PEOPLE = 10_000


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.services import demo

    path = tmp_path_factory.mktemp("perf") / "demo.sqlite3"
    open_database(path)
    demo.generate_demo(PEOPLE, seed=18)
    close_database()
    return path


@pytest.fixture()
def opened(big_db: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo book, opened: the models are bound to it."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(big_db, copy)
    open_database(copy)
    yield copy
    close_database()
