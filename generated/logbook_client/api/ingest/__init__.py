"""The synchronous ``ingest`` operations, one module each."""
