"""Capture (issue 17): interactions that log themselves from the user's calendar and mail.

``engine`` reads sources into sightings (an event occurrence, or one thread's messages of
one day), reviews them against the contacts (who was met, what is new, moved or already
captured), and logs what the user accepted as one undoable step; ``mail`` reads mbox and
Maildir headers; ``caldav`` reads a calendar of a sync account, read-only. No Qt.
"""
