"""The asynchronous ``query`` operations, one module each."""
