"""The synchronous ``health`` operations, one module each."""
