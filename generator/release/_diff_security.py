"""Authentication: what each operation requires (its security alternatives) and the document's security schemes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._diff_change import Comparison
from ._diff_paths import SpecOperation
from ._diff_schema import Resolver, escape, shown

__all__ = ["compare_security", "compare_security_schemes"]


def compare_security(c: Comparison, old: SpecOperation, new: SpecOperation, subject: str) -> None:
    """The changes to what an operation accepts as credentials (its own ``security`` or the document's)."""
    before, after = _security(old, c.old), _security(new, c.new)
    if before == after:
        return
    pointer = new.pointer + "/security"
    anonymous_before, anonymous_after = frozenset() in before, frozenset() in after

    def names(alternatives: Iterable[frozenset[str]]) -> str:
        return " or ".join(sorted("+".join(sorted(shown(n) for n in alt)) for alt in alternatives if alt))

    if anonymous_before and not anonymous_after:
        c.add(
            subject,
            "auth-required",
            "breaking",
            f"Now requires authentication ({names(after)}): clients created without credentials get 401.",
            pointer,
        )
        return
    if anonymous_after and not anonymous_before:
        c.add(subject, "auth-relaxed", "patch", "No longer requires authentication.", pointer)
        return
    removed, added = before - after, after - before
    if removed:
        c.add(
            subject,
            "auth-alternative-removed",
            "breaking",
            f"No longer accepts {names(removed)}: clients configured for it get 401.",
            pointer,
        )
    if added:
        c.add(subject, "auth-alternative-added", "addition", f"Now also accepts {names(added)}.", pointer)


def _security(op: SpecOperation, data: dict[str, Any]) -> set[frozenset[str]]:
    requirements = op.data.get("security", data.get("security"))
    if not isinstance(requirements, list) or not requirements:
        return {frozenset()}
    return {frozenset(str(name) for name in item) for item in requirements if isinstance(item, dict)}


def compare_security_schemes(c: Comparison) -> None:
    """The changes to ``components/securitySchemes``."""

    def schemes(data: dict[str, Any], resolver: Resolver) -> dict[str, dict[str, Any]]:
        raw = (data.get("components") or {}).get("securitySchemes") or {}
        out: dict[str, dict[str, Any]] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                target, _ = resolver.deref(value)
                if isinstance(target, dict):
                    out[str(key)] = target
        return out

    before, after = schemes(c.old, c.old_r), schemes(c.new, c.new_r)
    subject = "security schemes"
    for key in after:
        pointer = "#/components/securitySchemes/" + escape(key)
        if key not in before:
            c.add(
                subject,
                "security-scheme-added",
                "addition",
                f"New security scheme `{shown(key)}` ({_scheme_kind(after[key])}).",
                pointer,
            )
            continue
        old_kind, new_kind = _scheme_kind(before[key]), _scheme_kind(after[key])
        if old_kind != new_kind:
            c.add(
                subject,
                "security-scheme-changed",
                "breaking",
                f"`{shown(key)}`: {old_kind} → {new_kind}: the credential callers pass changes.",
                pointer,
            )
        elif (before[key].get("in"), before[key].get("name")) != (after[key].get("in"), after[key].get("name")):
            c.add(
                subject,
                "security-scheme-moved",
                "breaking",
                f"`{shown(key)}`: the key is now sent in {shown(after[key].get('in'))} "
                f"`{shown(after[key].get('name'))}` — the client does that for you, but already-installed "
                "package versions still send it the old way.",
                pointer,
            )
    for key in before:
        if key not in after:
            c.add(
                subject,
                "security-scheme-removed",
                "patch",
                f"Security scheme `{shown(key)}` removed.",
                "#/components/securitySchemes/" + escape(key),
            )


def _scheme_kind(scheme: dict[str, Any]) -> str:
    kind = str(scheme.get("type", "?"))
    if kind == "http":
        return f"http {str(scheme.get('scheme', '?')).lower()}"
    return kind
