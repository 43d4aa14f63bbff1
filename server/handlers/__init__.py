"""The operations of openapi.yaml, one module per tag."""
