"""Shared halves of the ``things`` operations."""
