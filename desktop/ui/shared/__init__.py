"""Dialogs more than one feature opens that save through ``Operations``: logging or editing
an interaction (calendar and contacts) and follow-ups / closing promises (calendar, contact
list, detail pane). The toolkit in ``common`` knows nothing of Operations (Operations is
built on it), so these live one layer above it."""
