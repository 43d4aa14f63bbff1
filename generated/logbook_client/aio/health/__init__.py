"""The asynchronous ``health`` operations, one module each."""
