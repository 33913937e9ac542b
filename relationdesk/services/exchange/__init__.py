"""Import and export of customers, contacts and meetings (CSV, vCard, iCalendar, JSON)."""
