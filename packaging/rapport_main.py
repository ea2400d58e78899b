"""The bundle's entry point: the same ``rapport`` command the project installs."""

from __future__ import annotations

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # A big import reads its files in a child process (desktop/services/import_parse.py):
    # in the bundle that child is this executable again, which must run the child's work
    # instead of the command line.
    multiprocessing.freeze_support()
    sys.exit(main())
