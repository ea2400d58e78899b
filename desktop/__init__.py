"""Rapport: a desktop contact-relationship manager."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Rapport"
ORG_NAME = "Rapport"
