"""Shared halves of the ``datasets`` operations."""
