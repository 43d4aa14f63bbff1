"""The asynchronous ``exports`` operations, one module each."""
