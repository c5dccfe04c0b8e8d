"""Observability: JSON logs with a request id (logs.py), Prometheus metrics (metrics.py)."""
