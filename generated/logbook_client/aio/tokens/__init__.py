"""The asynchronous ``tokens`` operations, one module each."""
