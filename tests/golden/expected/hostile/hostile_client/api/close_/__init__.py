"""The synchronous ``close_`` operations, one module each."""
