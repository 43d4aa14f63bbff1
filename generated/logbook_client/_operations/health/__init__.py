"""Shared halves of the ``health`` operations."""
