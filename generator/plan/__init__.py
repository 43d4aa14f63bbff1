"""Stage 2, the plan: what the package holds and what everything in it is called.

- ``operations`` / ``opnames``: operations grouped into resources and named for how people write them;
- ``credentials``: how a token is sent (the spec's schemes, the config's ``auth``, bearer when none is declared);
- ``names``: class and module names (reserved names, overrides);
- ``pagination``: which list operations get a paginator, in which style;
- ``pagination_records``: the records of pagination (a declaration, a typed paginated operation), which both
  ``pagination`` and ``operations`` use;
- ``arguments`` / ``argument_records``: a JSON body's fields as keyword arguments, and the plain values enum
  arguments also take;
- ``unions``: tagged unions (the discriminator plan opc's union property carries);
- ``fixups``: fixes to opc's parse that are about the Python we generate (parameters shadowing our names);
- ``degrade``: what opc cannot type becomes ``Any``, named in the report, never left out;
- ``pairs``: the sync/async name pairs both twins are rendered from;
- ``coverage``: which operations made it in typed, degraded or with warnings (the generation report).
"""
