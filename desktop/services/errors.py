"""The one exception type services raise for things the user can fix."""

from __future__ import annotations


class ServiceError(ValueError):
    """A one-line, user-facing reason an operation was refused."""
