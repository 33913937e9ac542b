"""Logging meetings, the timeline, follow-ups and commitments, the Today screen."""
