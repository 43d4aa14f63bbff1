"""Shared halves of the ``files`` operations."""
