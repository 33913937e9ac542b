"""Sentences for the domain's validation problems: they live in relationdesk.l10n, where
the command line finds them too; the screens import them from here as before."""

from relationdesk.l10n.validation import problem_message

__all__ = ["problem_message"]
