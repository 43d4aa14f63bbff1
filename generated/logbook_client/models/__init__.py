"""Contains all the data models used in inputs/outputs"""

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
