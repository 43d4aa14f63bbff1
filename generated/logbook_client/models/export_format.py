from enum import StrEnum


class ExportFormat(StrEnum):
    """A string enum of the API. A value the spec does not list is kept as a member whose ``is_known`` is False."""

    CSV = "csv"
    NDJSON = "ndjson"
    PARQUET = "parquet"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the value is one the spec lists (False for a value added to the API after this client)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "ExportFormat | None":
        # Any other string: a new member, not cached (a server cannot grow this class), name and value the string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
