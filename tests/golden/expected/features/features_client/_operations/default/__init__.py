"""Shared halves of the ``default`` operations."""
