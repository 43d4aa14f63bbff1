"""``UNSET``: the default of an argument not given, distinct from ``None`` (which can be a real value to send).

Its own module, importing nothing: a resource's method signatures need ``UNSET`` as a default when the resource
is first touched, and ``types`` (which re-exports it) imports attrs for ``File``, ~10 ms that the first call pays
anyway but the first ``client.<resource>`` should not.
"""

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of ``UNSET``: "not given", distinct from ``None`` (which can be a real value)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()
