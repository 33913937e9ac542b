"""Erasing a person or customer and the personal-data export (GDPR)."""
