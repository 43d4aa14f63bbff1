"""The asynchronous ``default`` operations, one module each."""
