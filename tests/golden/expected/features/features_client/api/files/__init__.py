"""The synchronous ``files`` operations, one module each."""
