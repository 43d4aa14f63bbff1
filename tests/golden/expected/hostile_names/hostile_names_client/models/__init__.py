"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use, so importing one model does not import every model of the API.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .any_model import AnyModel
    from .client_model import ClientModel
    from .response_model import ResponseModel
    from .response_model_level import ResponseModelLevel
    from .unset_model import UnsetModel

#: Where each model lives: ``<name>: <module of this package>``.
_MODULES: dict[str, str] = {
    "AnyModel": "any_model",
    "ClientModel": "client_model",
    "ResponseModel": "response_model",
    "ResponseModelLevel": "response_model_level",
    "UnsetModel": "unset_model",
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
    "AnyModel",
    "ClientModel",
    "ResponseModel",
    "ResponseModelLevel",
    "UnsetModel",
)
