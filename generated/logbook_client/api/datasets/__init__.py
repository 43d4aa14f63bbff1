"""The synchronous ``datasets`` operations, one module each."""
