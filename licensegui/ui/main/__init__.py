"""The main window and its parts: the view, the assign controller, the verify actions."""
