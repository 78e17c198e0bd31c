"""Tests of the main window and its parts (licensegui.ui.main)."""
