"""Languages (issue 14): Qt's translation system, loaded once at start-up for the system
locale.

The user-visible strings are written through ``self.tr(...)`` (or
``QCoreApplication.translate(context, ...)`` outside a QObject, with
``QT_TRANSLATE_NOOP`` for tables built at import time). ``pyside6-lupdate`` collects them
into ``resources/translations/rapport_<lang>.ts`` (``make translations``), translators
fill those in, and ``pyside6-lrelease`` compiles each to a ``.qm`` that the app loads:
``make`` builds them (``make run``/``make test`` depend on them), so does the bundle's
build; a checkout whose ``.qm`` is missing or older than its ``.ts`` gets it rebuilt here
at start-up. ``rapport_en.ts`` holds only the English plural forms ("1 contact",
"2 contacts" from "%n contact(s)").

The sentences the services write (desktop/text.py) are translated through
``QCoreApplication.translate`` too: ``install`` hands it to them.

Qt's own strings (the Cancel of a standard button, the colour dialog...) come from Qt's
``qtbase_<lang>.qm``, loaded beside ours.

Dates and numbers follow ``QLocale()``, set here as the default: the system's (the "C"
locale of a bare system reads as British English, the language the app is written in).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import text
from desktop.ui.common.resources import is_bundled, resources_dir

LANGUAGES = ("de", "fr")  # translated in full; English is the source (plus "en" plurals)
SOURCE_LOCALE = "en_GB"  # the language the app is written in


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or translations_dir()).glob("rapport_*.ts"))


def lrelease() -> Path:
    """Qt's translation compiler, as PySide6 ships it (pyside6-lrelease runs this)."""
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                            else "lrelease")


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def compile_translations(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile every ``rapport_*.ts`` in *folder* whose ``.qm`` is missing or older (all
    with *force*); returns the ``.qm`` files written. Raises OSError or
    CalledProcessError with lrelease's message."""
    written = []
    for ts in ts_files(folder):
        if force or stale(ts):
            qm = ts.with_suffix(".qm")
            subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)],
                           check=True, capture_output=True, text=True)
            written.append(qm)
    return written


def system_locale() -> QLocale:
    """The user's locale; the bare "C" locale reads as British English."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(SOURCE_LOCALE)
    return system


def locale_number(n: int | float) -> str:
    """*n* as the default locale writes it ("2,000"; "2.000" in German)."""
    return QLocale().toString(n)


def install(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's and Rapport's translations for *locale* (default: the system's) into
    *app*, and make *locale* the default for dates and numbers. Returns the translators
    installed (kept alive by *app*, their parent)."""
    loc = locale if locale is not None else system_locale()
    QLocale.setDefault(loc)
    # The services' sentences, and the numbers in them grouped the locale's way ("2.000"
    # in German; Qt's own %Ln does the same with the default locale).
    text.set_translator(QCoreApplication.translate, locale_number)
    if not is_bundled():
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            print(f"rapport: translations could not be built ({detail.strip()}); "
                  "run `make translations`", file=sys.stderr)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("rapport", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(loc, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def main(argv: list[str] | None = None) -> int:
    """``python -m desktop.ui.common.languages [--force] [FOLDER]``: compile the .ts files
    (the Makefile's and the bundle build's step)."""
    args = list(sys.argv[1:] if argv is None else argv)
    force = "--force" in args
    folders = [Path(a) for a in args if a != "--force"]
    try:
        for qm in compile_translations(folders[0] if folders else None, force=force):
            print(f"built {qm}")
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"translations: {getattr(exc, 'stderr', '') or exc}".strip(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
