"""The asynchronous operations: ``aio.<tag>.<operation>.call(client, ...)``."""
