"""The bundle's entry point: the same ``rapport`` command the project installs."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
