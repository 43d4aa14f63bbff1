from enum import IntEnum


class ResponseModelLevel(IntEnum):
    """An integer enum of the API. A value the spec does not list is kept as a member whose ``is_known`` is False."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_NEGATIVE_3 = -3

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the value is one the spec lists (False for a value added to the API after this client)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "ResponseModelLevel | None":
        # Any other integer (not a bool): a new member, not cached, named VALUE_<n> like opc's members.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}" if value >= 0 else f"VALUE_NEGATIVE_{-value}"
        member._value_ = value
        return member
