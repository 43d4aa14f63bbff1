"""The synchronous ``annotations`` operations, one module each."""
