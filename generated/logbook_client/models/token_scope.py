from enum import StrEnum


class TokenScope(StrEnum):
    ADMIN = "admin"
    INGEST = "ingest"
    QUERY = "query"
    READ = "read"

    def __str__(self) -> str:
        return str(self.value)
