"""The contacts feature: the contact list (model, table and cell delegates, context menu),
the detail pane and its sections (facts, timeline, introductions), the contact editor,
tags, and the dialogs only these open (favour, introduction, duplicates).
``detail_pane.DetailPane`` is the entry."""
