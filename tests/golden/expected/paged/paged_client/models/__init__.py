"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use, so importing one model does not import every model of the API.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

#: Where each model lives: ``<name>: <module of this package>``.
_MODULES: dict[str, str] = {
    "ListCursorResponse200": "list_cursor_response_200",
    "ListHasMoreResponse200": "list_has_more_response_200",
    "ListHostileResponse200": "list_hostile_response_200",
    "ListNextUrlResponse200": "list_next_url_response_200",
    "ListNextUrlResponse200Links": "list_next_url_response_200_links",
    "ListOffsetResponse200": "list_offset_response_200",
    "ListUntypedResponse200": "list_untyped_response_200",
    "SearchBodyCursorBody": "search_body_cursor_body",
    "SearchBodyCursorResponse200": "search_body_cursor_response_200",
    "Thing": "thing",
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
