"""Stage 3, the render: write the package files.

- ``project``: opc's project with our templates (``templates/``, shipped as ``generator._templates``);
- ``formatting``: ruff over the written files;
- ``http_library``: httpx or httpx2 in the copied runtime and the dependencies;
- ``shadowing``: builtins written ``builtins.<name>`` where a resource method of that name shadows them;
- ``integrity``: the written modules import only what exists (models, and the package's lazy loading);
- ``versions``: the package version and metadata (PEP 440) from ``info`` and the config.
"""
