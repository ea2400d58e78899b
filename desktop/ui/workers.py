"""Moved to :mod:`desktop.ui.common.workers` (issue 14); this name stays until every
widget imports it from there."""

from desktop.ui.common.workers import (
    Progress,
    Worker,
    WorkerSignals,
    close_progress,
    failure_text,
    progress_dialog,
    show_progress,
)

__all__ = ["Progress", "Worker", "WorkerSignals", "close_progress", "failure_text",
           "progress_dialog", "show_progress"]
