"""Stage 3, the render: write the package files.

- ``project``: opc's project with our templates (``templates/``, shipped as ``generator._templates``);
- ``formatting``: ruff over the written files;
- ``http_library``: httpx or httpx2 in the copied runtime and the dependencies;
- ``integrity``: the written modules import only models that exist;
- ``versions``: the package version and metadata (PEP 440) from ``info`` and the config.
"""
