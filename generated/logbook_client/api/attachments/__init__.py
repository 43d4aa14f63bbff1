"""The synchronous ``attachments`` operations, one module each."""
