"""The suites on a flagship generated with ``http_library: httpx2``."""
