"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use, so importing one model does not import every model of the API.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .new_note import NewNote
    from .note import Note

#: Where each model lives: ``<name>: <module of this package>``.
_MODULES: dict[str, str] = {
    "NewNote": "new_note",
    "Note": "note",
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
    "NewNote",
    "Note",
)
