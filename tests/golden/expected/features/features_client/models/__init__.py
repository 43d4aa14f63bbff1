"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use, so importing one model does not import every model of the API.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .color import Color
    from .ping_response_200 import PingResponse200
    from .upload import Upload
    from .widget import Widget
    from .widget_input import WidgetInput

#: Where each model lives: ``<name>: <module of this package>``.
_MODULES: dict[str, str] = {
    "Color": "color",
    "PingResponse200": "ping_response_200",
    "Upload": "upload",
    "Widget": "widget",
    "WidgetInput": "widget_input",
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
    "Color",
    "PingResponse200",
    "Upload",
    "Widget",
    "WidgetInput",
)
