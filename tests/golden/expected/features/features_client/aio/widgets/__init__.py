"""The asynchronous ``widgets`` operations, one module each."""
