"""Shared halves of the ``tokens`` operations."""
