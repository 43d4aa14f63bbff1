"""The asynchronous ``files`` operations, one module each."""
