from enum import StrEnum


class AnnotationCategory(StrEnum):
    DEPLOY = "deploy"
    INCIDENT = "incident"
    MAINTENANCE = "maintenance"
    NOTE = "note"

    def __str__(self) -> str:
        return str(self.value)
