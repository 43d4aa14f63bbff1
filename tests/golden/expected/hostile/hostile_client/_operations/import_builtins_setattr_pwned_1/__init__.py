"""Shared halves of the ``import_builtins_setattr_pwned_1`` operations."""
