"""Shared halves of the ``ingest`` operations."""
