"""Qt widgets. Talks to services/ only; never to SQL directly."""
