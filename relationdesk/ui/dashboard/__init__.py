"""The team's dashboard: charts and the needs-attention list."""
