"""Shared halves of the ``users`` operations."""
