"""The asynchronous ``ingest`` operations, one module each."""
