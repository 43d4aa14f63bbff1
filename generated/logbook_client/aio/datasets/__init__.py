"""The asynchronous ``datasets`` operations, one module each."""
