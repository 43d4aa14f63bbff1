"""Hand-written runtime copied verbatim into every generated package.

Everything that does no I/O (request preparation, auth, error mapping, decoding) lives in ``client.BaseClient``;
``SyncAPIClient`` and ``AsyncAPIClient`` only send. Nothing in here is generated from spec text.
"""
