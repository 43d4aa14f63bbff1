"""The asynchronous ``annotations`` operations, one module each."""
