"""Shared halves of the ``annotations`` operations."""
