"""The synchronous ``import_builtins_setattr_pwned_1`` operations, one module each."""
