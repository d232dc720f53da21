"""RFC 6901 JSON pointers."""

from __future__ import annotations

from typing import Any


def escape(token: str | int) -> str:
    """One reference token: `~` becomes `~0` and `/` becomes `~1`."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join(base: str, *tokens: str | int) -> str:
    """`join("/nodes", 3, "id")` → `/nodes/3/id`; `base` is a pointer ("" is the whole document)."""
    return base + "".join("/" + escape(t) for t in tokens)


def split(pointer: str) -> list[str]:
    """The unescaped reference tokens of a pointer (`""` → `[]`)."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def resolve(doc: Any, pointer: str) -> Any:
    """The value the pointer designates; KeyError/IndexError/TypeError when it designates nothing."""
    value = doc
    for token in split(pointer):
        if isinstance(value, list):
            if not token.isdigit() or (token != "0" and token.startswith("0")):
                raise KeyError(token)
            value = value[int(token)]
        elif isinstance(value, dict):
            value = value[token]
        else:
            raise TypeError(f"cannot descend into {type(value).__name__} at {token!r}")
    return value
