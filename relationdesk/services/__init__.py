"""Use cases: what the UI and the command line ask of the data. No widgets here."""
