"""Stage 1, the spec: load the OpenAPI document and make it something the later stages can trust.

- ``loader``: read YAML/JSON (with located errors) into a ``Document``;
- ``overlay``: apply an OpenAPI Overlay from the config;
- ``normalize``: rewrite the constructs opc cannot parse into equivalent ones it can (each fix a named function);
- ``validate``: structure limits (size, depth, ``$ref``) and names opc would crash on, as located ``SpecError``;
- ``extensions``: the user's hand-written extension modules, resolved and copied into the package.
"""
