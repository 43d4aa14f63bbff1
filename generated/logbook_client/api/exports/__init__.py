"""The synchronous ``exports`` operations, one module each."""
