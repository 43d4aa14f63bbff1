"""The synchronous ``things`` operations, one module each."""
