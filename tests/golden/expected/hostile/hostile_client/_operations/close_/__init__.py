"""Shared halves of the ``close_`` operations."""
