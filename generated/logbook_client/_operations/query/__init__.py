"""Shared halves of the ``query`` operations."""
