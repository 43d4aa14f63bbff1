"""The synchronous operations: ``api.<tag>.<operation>.call(client, ...)``."""
