"""The calendar feature: the month view with its focus cards (``calendar_panel``), the
actions behind it (plan, catch up, review), the calendar export and the reminder tray."""
