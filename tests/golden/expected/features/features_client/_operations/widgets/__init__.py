"""Shared halves of the ``widgets`` operations."""
