"""The main window, the top of ``desktop.ui``: ``window.MainWindow`` assembles the views
and connects them; the modules beside it are its collaborators (see its docstring)."""

from desktop.ui.main_window.geometry import DEFAULT_SPLITTER, VIEWS_MIN_WIDTH
from desktop.ui.main_window.views import VIEW_CALENDAR, VIEW_LIST, VIEW_NETWORK
from desktop.ui.main_window.window import MainWindow

__all__ = ["DEFAULT_SPLITTER", "VIEWS_MIN_WIDTH", "VIEW_CALENDAR", "VIEW_LIST", "VIEW_NETWORK",
           "MainWindow"]
