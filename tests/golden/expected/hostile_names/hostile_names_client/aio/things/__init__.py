"""The asynchronous ``things`` operations, one module each."""
