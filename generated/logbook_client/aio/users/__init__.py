"""The asynchronous ``users`` operations, one module each."""
