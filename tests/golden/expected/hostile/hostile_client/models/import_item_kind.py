from enum import StrEnum


class ImportItemKind(StrEnum):
    AB = 'a"b'
    C_D = "c\\d"
    VALUE_2 = '"""'
    WITH_SPACE = "with space"

    def __str__(self) -> str:
        return str(self.value)
