"""Hand-written additions to logbook_client, copied into the package as ``logbook_client.lib`` on every generation.

- :mod:`logbook_client.lib.logging_handler`: ``LogbookHandler`` and ``AsyncLogbookHandler`` send Python log records
  to a Logbook dataset through ``ingest_events``.
"""
