"""CardDAV sync: the sync dialog (accounts, progress, conflicts)."""
