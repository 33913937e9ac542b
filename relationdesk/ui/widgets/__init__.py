"""Reusable panes of the main window."""
