"""The asynchronous ``notes`` operations, one module each."""
