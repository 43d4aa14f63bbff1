"""The synchronous ``query`` operations, one module each."""
