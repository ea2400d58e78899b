"""Moving cards in and out: the import dialog (with its batch extras) and the export dialog."""
