"""The synchronous ``widgets`` operations, one module each."""
