"""The synchronous ``tokens`` operations, one module each."""
