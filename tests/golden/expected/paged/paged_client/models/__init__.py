"""Contains all the data models used in inputs/outputs"""

from .list_cursor_response_200 import ListCursorResponse200
from .list_has_more_response_200 import ListHasMoreResponse200
from .list_hostile_response_200 import ListHostileResponse200
from .list_next_url_response_200 import ListNextUrlResponse200
from .list_next_url_response_200_links import ListNextUrlResponse200Links
from .list_offset_response_200 import ListOffsetResponse200
from .list_untyped_response_200 import ListUntypedResponse200
from .search_body_cursor_body import SearchBodyCursorBody
from .search_body_cursor_response_200 import SearchBodyCursorResponse200
from .thing import Thing

__all__ = (
    "ListCursorResponse200",
    "ListHasMoreResponse200",
    "ListHostileResponse200",
    "ListNextUrlResponse200",
    "ListNextUrlResponse200Links",
    "ListOffsetResponse200",
    "ListUntypedResponse200",
    "SearchBodyCursorBody",
    "SearchBodyCursorResponse200",
    "Thing",
)
