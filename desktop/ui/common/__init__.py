"""The toolkit every view uses and that knows nothing of a feature or of ``Operations``:
date and number formatting (QLocale), colour and spacing tokens and the style sheet,
icons, the people picker, the job runner (``workers``), plain-text labels and tooltips,
avatars, the save-path memory, settings, languages."""
