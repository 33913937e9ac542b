"""Pieces every feature's screens share: messages, workers, helpers, small widgets."""
