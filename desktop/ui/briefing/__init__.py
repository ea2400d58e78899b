"""The one-page briefing: its PDF (``briefing_pdf``, also used by the command line), the
preview window and the actions that open it (a contact, this week's meetings)."""
