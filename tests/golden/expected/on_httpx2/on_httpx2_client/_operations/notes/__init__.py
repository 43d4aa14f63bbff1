"""Shared halves of the ``notes`` operations."""
