"""The package's version and metadata from any spec: ``info`` is free text in OpenAPI, ``pyproject.toml`` is not.

One rule for the first generation and for every bump (``release.py``):

- the package version is the config's ``package_version``, else one derived from ``info.version``, else
  ``0.1.0`` (with a warning); it is always valid PEP 440;
- derived means: a valid PEP 440 version is kept (normalised: ``v1.0`` → ``1.0``, ``2024.0`` stays), a date
  anywhere in the text becomes ``YYYY.M.D`` (``2020-09-14_1.680.8`` → ``2020.9.14``, ``Wed Oct 15 2025 13:53:36
  GMT+0000`` → ``2025.10.15``), a leading dotted number is kept (``2.1 (beta)`` → ``2.1``);
- ``info.version`` itself stays the *API* version, shown in the README, the description and GENERATED.json.

The project description and license from ``info`` are made single-line, printable and bounded here; the templates
then escape them with ``in_double_quote_literal`` like any other spec text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import GenerationError

__all__ = ["DEFAULT_VERSION", "Metadata", "bump", "derive_version", "metadata_from_info", "normalized"]

DEFAULT_VERSION = "0.1.0"

# PEP 440's own pattern (Appendix B of the PEP), anchored, case-insensitive.
_PEP440 = re.compile(
    r"""^\s*v?
    (?:(?P<epoch>[0-9]+)!)?
    (?P<release>[0-9]+(?:\.[0-9]+)*)
    (?P<pre>[-_.]?(?P<pre_l>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?P<pre_n>[0-9]+)?)?
    (?P<post>(?:-(?P<post_n1>[0-9]+))|(?:[-_.]?(?P<post_l>post|rev|r)[-_.]?(?P<post_n2>[0-9]+)?))?
    (?P<dev>[-_.]?(?P<dev_l>dev)[-_.]?(?P<dev_n>[0-9]+)?)?
    (?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
    \s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_PRE = {"a": "a", "alpha": "a", "b": "b", "beta": "b", "c": "rc", "rc": "rc", "pre": "rc", "preview": "rc"}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b")
_LEADING_NUMBER = re.compile(r"^\s*v?(\d+(?:\.\d+){0,3})(?!\d)", re.IGNORECASE)


def normalized(text: str) -> str | None:
    """``text`` as a normalised PEP 440 version, or None when it is not one."""
    match = _PEP440.match(text)
    if match is None:
        return None
    out = f"{int(match['epoch'])}!" if match["epoch"] else ""
    out += ".".join(str(int(part)) for part in match["release"].split("."))
    if match["pre"]:
        out += _PRE[match["pre_l"].lower()] + str(int(match["pre_n"] or 0))
    if match["post"]:
        out += f".post{int(match['post_n1'] or match['post_n2'] or 0)}"
    if match["dev"]:
        out += f".dev{int(match['dev_n'] or 0)}"
    if match["local"]:
        out += "+" + re.sub(r"[-_]", ".", match["local"].lower())
    return out


def _date(text: str) -> str | None:
    for pattern, order in (
        (_ISO_DATE, "ymd"),
        (_COMPACT_DATE, "ymd"),
        (_MONTH_DAY_YEAR, "mdy"),
        (_DAY_MONTH_YEAR, "dmy"),
    ):
        match = pattern.search(text)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month_text = parts["m"]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower(), 0)
        year, day = int(parts["y"]), int(parts["d"])
        if 1900 <= year <= 2999 and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year}.{month}.{day}"
    return None


def derive_version(api_version: str) -> tuple[str | None, str]:
    """A PEP 440 version from ``info.version`` and how it was found: ``(version or None, note)``."""
    text = api_version.strip()
    if not text:
        return None, "info.version is empty"
    if _COMPACT_DATE.match(text) is None:  # 20240501 is a valid PEP 440 version, but read as the date it is
        valid = normalized(text)
        if valid is not None:
            return valid, "kept"
    date = _date(text)
    if date is not None:
        return date, f"the date in info.version {text!r}"
    match = _LEADING_NUMBER.match(text)
    if match is not None:
        return normalized(match[1]), f"the leading number of info.version {text!r}"
    return None, f"info.version {text!r} is not a version and holds no date"


def package_version(configured: str | None, api_version: str, warnings: list[str]) -> str:
    """The declared package version: the config's, else derived from ``info.version``, else 0.1.0 (warned)."""
    if configured is not None:
        valid = normalized(configured)
        if valid is None:
            raise GenerationError(f"package_version: {configured!r} is not a valid PEP 440 version (e.g. 1.2.0)")
        return valid
    version, note = derive_version(api_version)
    if version is None:
        warnings.append(f"{note}: the package version starts at {DEFAULT_VERSION}; set package_version in the config")
        return DEFAULT_VERSION
    if note.startswith("the leading number"):  # a date or a valid version is taken silently; this drops text
        warnings.append(f"package version {version} derived from {note}; set package_version in the config to choose")
    return version


def release_tuple(version: str) -> tuple[int, int, int] | None:
    """The first three release numbers of a PEP 440 version (padded with 0), or None when it is not one."""
    valid = normalized(version)
    if valid is None:
        return None
    release = valid.split("!")[-1]
    numbers = [int(part) for part in re.match(r"[0-9.]+", release)[0].rstrip(".").split(".")]  # type: ignore[index]
    numbers += [0] * (3 - len(numbers))
    return numbers[0], numbers[1], numbers[2]


def bump(version: str, kind: str) -> str | None:
    """``1.4.2`` → major ``2.0.0``, minor ``1.5.0``, patch ``1.4.3`` (``2024.0`` → minor ``2024.1.0``)."""
    parsed = release_tuple(version)
    if parsed is None:
        return None
    major, minor, patch = parsed
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


# --------------------------------------------------------------------------------------------- metadata

_MAX_TEXT = 200


def _line(value: Any, limit: int = _MAX_TEXT) -> str:
    """Free text as one printable line: control characters and runs of white space become one space, bounded."""
    text = re.sub(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+", " ", str(value)).strip() if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Metadata:
    """What ``info`` says about the package, ready for pyproject.toml and the README (still to be escaped)."""

    api_version: str  # info.version as written (one line), "" when absent
    description: str
    license: str  # "" when the spec names none


def metadata_from_info(info: Any) -> Metadata:
    """The package metadata from ``info``: a single-line description naming the API version, and the license."""
    info = info if isinstance(info, dict) else {}
    title = _line(info.get("title")) or "the API"
    api_version = _line(info.get("version"), 80)
    description = f"A client library for accessing {title}" + (f" (API version {api_version})" if api_version else "")
    raw_license = info.get("license")
    license_text = ""
    if isinstance(raw_license, dict):
        license_text = _line(raw_license.get("identifier") or raw_license.get("name"), 100)
    return Metadata(api_version=api_version, description=description, license=license_text)
