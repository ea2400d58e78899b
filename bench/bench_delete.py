"""Delete of a big selection and its undo, as the window runs them (issue 18): the UI
thread's CPU, the rest of the process's, wall time, the peak memory over what the process
held before each step and what it keeps after (the undo's snapshot).

    python bench/bench_delete.py [PEOPLE]    (default 100,000; a copy of the demo book)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import JobBench, book_copy, demo_db


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with book_copy(demo_db(people)) as copy:
        bench = JobBench(copy)
        out: dict[str, object] = {"selected": len(bench.ids), "load": os.getloadavg()[:2]}
        for name, action in (("delete", lambda: bench.ops.delete_contacts(bench.ids)),
                             ("undo", bench.ops.undo_stack.undo)):
            out[name] = {key: round(value, 3 if key.endswith("cpu") or key == "wall" else 1)
                         for key, value in bench.measure(action).items()}
        bench.close()
        print(json.dumps(out))


if __name__ == "__main__":
    main()
