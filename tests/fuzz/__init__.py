"""Fuzzers: hostile spec text against the generator (``harness``) and lying responses against the runtime."""
