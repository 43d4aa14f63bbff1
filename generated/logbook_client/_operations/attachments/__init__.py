"""Shared halves of the ``attachments`` operations."""
