"""Shared halves of the ``exports`` operations."""
