"""Shared types of the generated models: ``UNSET`` (a value not given, distinct from ``None``) and ``File``."""

from collections.abc import Mapping
from io import BytesIO
from typing import IO, BinaryIO

from attrs import define

from ._runtime.response import Response
from ._runtime.unset import UNSET, Unset

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    @classmethod
    def from_json_value(cls, value: str | bytes) -> "File":
        """A ``format: binary`` field of a JSON body: the string's UTF-8 bytes (lone surrogates kept)."""
        return cls(payload=BytesIO(value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value))

    def to_json_string(self) -> str:
        """The payload as a JSON string (a ``format: binary`` field of a JSON body): its bytes read as UTF-8.

        A seekable payload is read from the start and left where it was, so the call can be repeated. Bytes that
        are not UTF-8 (a real binary file) come out as lone surrogates, as ``os.fsdecode`` does.
        """
        seekable = self.payload.seekable()
        position = self.payload.tell() if seekable else 0
        if seekable:
            self.payload.seek(0)
        data = self.payload.read()
        if seekable:
            self.payload.seek(position)
        try:
            return data.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return data.decode("utf-8", "surrogateescape")


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
