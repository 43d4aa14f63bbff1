"""Tools: commands built on the pipeline, not part of one generation.

- ``corpus``: generate every spec of a folder and measure the results;
- ``conform`` (subpackage): call every operation of a generated package against Prism and classify what fails;
- ``names_report``: where every operation lands (``names`` command);
- ``pagination_report``: which list operations get a paginator, in which style;
- ``scaffold``: ``init``, a commented ``generator.yaml`` and CI files for a new spec.
"""
