"""Stage 4, releases: compare two versions of a spec or of a generated package.

- ``diff`` (with ``_diff_schema``): the spec diff, every change classified breaking or not;
- ``surface`` / ``_surface_diff``: the public surface of a generated package, read from its source, and its diff;
- ``package_diff``: one report from both;
- ``release``: the release plan (version bump, changelog, spec snapshot) written next to the package.
"""
