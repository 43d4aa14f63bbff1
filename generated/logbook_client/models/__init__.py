"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use, so importing one model does not import every model of the API.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .annotation import Annotation
    from .annotation_category import AnnotationCategory
    from .annotation_input import AnnotationInput
    from .annotation_list import AnnotationList
    from .attachment import Attachment
    from .attachment_upload import AttachmentUpload
    from .dataset import Dataset
    from .dataset_create import DatasetCreate
    from .dataset_list import DatasetList
    from .dataset_target import DatasetTarget
    from .dataset_update import DatasetUpdate
    from .event import Event
    from .export import Export
    from .export_format import ExportFormat
    from .export_request import ExportRequest
    from .export_status import ExportStatus
    from .field_error import FieldError
    from .health import Health
    from .health_status import HealthStatus
    from .ingest_failure import IngestFailure
    from .ingest_result import IngestResult
    from .problem import Problem
    from .query_request import QueryRequest
    from .query_result import QueryResult
    from .query_stats import QueryStats
    from .query_target import QueryTarget
    from .sort_order import SortOrder
    from .token import Token
    from .token_create import TokenCreate
    from .token_scope import TokenScope
    from .token_with_secret import TokenWithSecret
    from .trim_request import TrimRequest
    from .trim_result import TrimResult
    from .user import User
    from .user_list import UserList
    from .user_role import UserRole

#: Where each model lives: ``<name>: <module of this package>``.
_MODULES: dict[str, str] = {
    "Annotation": "annotation",
    "AnnotationCategory": "annotation_category",
    "AnnotationInput": "annotation_input",
    "AnnotationList": "annotation_list",
    "Attachment": "attachment",
    "AttachmentUpload": "attachment_upload",
    "Dataset": "dataset",
    "DatasetCreate": "dataset_create",
    "DatasetList": "dataset_list",
    "DatasetTarget": "dataset_target",
    "DatasetUpdate": "dataset_update",
    "Event": "event",
    "Export": "export",
    "ExportFormat": "export_format",
    "ExportRequest": "export_request",
    "ExportStatus": "export_status",
    "FieldError": "field_error",
    "Health": "health",
    "HealthStatus": "health_status",
    "IngestFailure": "ingest_failure",
    "IngestResult": "ingest_result",
    "Problem": "problem",
    "QueryRequest": "query_request",
    "QueryResult": "query_result",
    "QueryStats": "query_stats",
    "QueryTarget": "query_target",
    "SortOrder": "sort_order",
    "Token": "token",
    "TokenCreate": "token_create",
    "TokenScope": "token_scope",
    "TokenWithSecret": "token_with_secret",
    "TrimRequest": "trim_request",
    "TrimResult": "trim_result",
    "User": "user",
    "UserList": "user_list",
    "UserRole": "user_role",
}


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """Import the module of a name loaded on first use, the first time the name is asked for."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = (
    "Annotation",
    "AnnotationCategory",
    "AnnotationInput",
    "AnnotationList",
    "Attachment",
    "AttachmentUpload",
    "Dataset",
    "DatasetCreate",
    "DatasetList",
    "DatasetTarget",
    "DatasetUpdate",
    "Event",
    "Export",
    "ExportFormat",
    "ExportRequest",
    "ExportStatus",
    "FieldError",
    "Health",
    "HealthStatus",
    "IngestFailure",
    "IngestResult",
    "Problem",
    "QueryRequest",
    "QueryResult",
    "QueryStats",
    "QueryTarget",
    "SortOrder",
    "Token",
    "TokenCreate",
    "TokenScope",
    "TokenWithSecret",
    "TrimRequest",
    "TrimResult",
    "User",
    "UserList",
    "UserRole",
)
