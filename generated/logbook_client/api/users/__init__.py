"""The synchronous ``users`` operations, one module each."""
