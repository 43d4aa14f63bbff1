"""The synchronous ``default`` operations, one module each."""
