"""Shared request building and response parsing, one module per operation."""
