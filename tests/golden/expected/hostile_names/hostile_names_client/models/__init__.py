"""Contains all the data models used in inputs/outputs"""

from .any_model import AnyModel
from .client_model import ClientModel
from .response_model import ResponseModel
from .response_model_level import ResponseModelLevel
from .unset_model import UnsetModel

__all__ = (
    "AnyModel",
    "ClientModel",
    "ResponseModel",
    "ResponseModelLevel",
    "UnsetModel",
)
