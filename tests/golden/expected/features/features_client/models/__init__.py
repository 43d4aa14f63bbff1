"""Contains all the data models used in inputs/outputs"""

from .color import Color
from .ping_response_200 import PingResponse200
from .upload import Upload
from .widget import Widget
from .widget_input import WidgetInput

__all__ = (
    "Color",
    "PingResponse200",
    "Upload",
    "Widget",
    "WidgetInput",
)
