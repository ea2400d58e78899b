"""Capture from calendars and mail (issue 17): the review dialog and its pieces."""
