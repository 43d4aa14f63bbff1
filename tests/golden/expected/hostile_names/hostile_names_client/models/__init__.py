"""Contains all the data models used in inputs/outputs"""

from .any_model import AnyModel
from .client_model import ClientModel
from .response_model import ResponseModel
from .unset_model import UnsetModel

__all__ = (
    "AnyModel",
    "ClientModel",
    "ResponseModel",
    "UnsetModel",
)
