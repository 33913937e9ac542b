"""The team in the window: Settings → Team, the background sync and its status."""
