"""Encryption at rest in the window: the offer to encrypt an older plain database."""
