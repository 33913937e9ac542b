"""Import and export: CSV, vCard, iCalendar, JSON."""
