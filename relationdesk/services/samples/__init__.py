"""Sample-data generators for the demo database and the benchmark."""
