"""The asynchronous ``attachments`` operations, one module each."""
