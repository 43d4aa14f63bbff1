"""Stage 4, releases: compare two versions of a spec or of a generated package.

- ``diff``: the spec diff, every change classified breaking or not; one ``_diff_<kind>`` module per kind of thing
  it compares (``_diff_operations``, ``_parameters``, ``_request_body``, ``_responses``, ``_pagination``,
  ``_security``, ``_models``, ``_servers``), on ``_diff_paths`` / ``_diff_media`` (reading the documents),
  ``_diff_schema`` (schemas and their differences) and ``_diff_change`` (a change and its classification);
- ``surface`` / ``_surface_diff``: the public surface of a generated package, read from its source, and its diff;
- ``package_diff``: one report from both;
- ``release``: the release plan (version bump, changelog, spec snapshot) written next to the package.
"""
