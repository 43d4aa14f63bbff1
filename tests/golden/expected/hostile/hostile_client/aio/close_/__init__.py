"""The asynchronous ``close_`` operations, one module each."""
