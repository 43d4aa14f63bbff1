"""The synchronous ``notes`` operations, one module each."""
