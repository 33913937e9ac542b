"""Backups, restore, database check and repair."""
