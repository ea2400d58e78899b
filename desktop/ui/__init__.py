"""The desktop UI (PySide6), one package per feature; pyproject.toml's import-linter
contract keeps the layers below pointing down and the features apart:

- ``main_window`` assembles the views (``window.MainWindow``; its collaborators beside it:
  actions, toolbar, contact list, views, files, tools, today, geometry); ``sidebar`` and
  ``empty_state`` are its parts.
- Features, which never import each other: ``contacts`` (list, detail pane, editor, tags,
  timeline), ``calendar``, ``network``, ``briefing``, ``importing`` (import and export),
  ``sync`` (CardDAV), ``capture`` (calendars and mail). Where one opens another, it emits a
  signal the window connects (the detail pane's ``briefing_requested``).
- ``shared``: dialogs more than one feature opens (interactions, follow-ups).
- ``database_guard`` → ``rescue_dialog`` → ``restore_dialog``: a damaged or changed database.
- ``operations``: every change, undoable, announced by ``changes_applied``.
- ``common``: the toolkit (formatting, tokens, style, icons, workers, plain text, settings).
"""
