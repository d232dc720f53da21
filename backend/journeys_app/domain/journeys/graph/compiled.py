"""A fast accept-only check compiled from the JSON Schema.

jsonschema takes ~0.4 s on a 1,000-node journey: far too slow for every canvas save. This module
compiles the same schema file into nested Python closures that answer one question, "is the
document valid?", about 50 times faster. It is deliberately conservative: whenever a value is in
a corner where its answer could differ from jsonschema's (1.0 where an integer is expected, a
bool in an enum …) it answers "no", and the caller then asks jsonschema, which stays the
authority and produces the error list. So a document this check accepts is valid for jsonschema
too; the tests compare the two on generated documents.

Only the keywords the journey schema uses are supported; compiling a schema with any other
validation keyword raises, so extending the schema cannot silently weaken the check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "examples", "discriminator", "$comment"}
_SUPPORTED = {
    "$ref",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "oneOf",
    "anyOf",
    "propertyNames",
}


def _is_number(v: Any) -> bool:
    return (type(v) is int) or (type(v) is float)


# Python types per JSON type. 1.0 is an integer for jsonschema but not here: "no" (conservative).
_TYPES: dict[str, frozenset[type]] = {
    "object": frozenset({dict}),
    "array": frozenset({list}),
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "number": frozenset({int, float}),
    "boolean": frozenset({bool}),
    "null": frozenset({type(None)}),
}


def _same_scalar(a: Any, b: Any) -> bool:
    return type(a) is type(b) and type(a) in (str, int, float, bool, type(None)) and a == b


def _all(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    frozen = tuple(checks)

    def every(v: Any) -> bool:
        for check in frozen:
            if not check(v):
                return False
        return True

    return every


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, target: str) -> Check:
        if target in self.refs:
            return self.refs[target]
        if not target.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {target!r}")
        cell: list[Check] = []
        self.refs[target] = lambda v: cell[0](v)  # used by recursive references only
        compiled = self.compile(self.root["$defs"][target[len("#/$defs/") :]])
        cell.append(compiled)
        self.refs[target] = compiled
        return compiled

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda v: True
        if schema is False:
            return lambda v: False
        unknown = set(schema) - _SUPPORTED - _ANNOTATIONS
        if unknown:
            raise ValueError(f"the fast check does not support keywords {sorted(unknown)}")
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            allowed_types = frozenset().union(*(_TYPES[n] for n in names))
            if names == ["object"]:
                checks.append(self._object(schema))
            elif names == ["string"]:
                checks.append(self._string(schema))
            else:
                checks.append(lambda v, allowed_types=allowed_types: type(v) in allowed_types)
        if "enum" in schema:
            allowed = list(schema["enum"])
            checks.append(lambda v, allowed=allowed: any(_same_scalar(v, a) for a in allowed))
        if "const" in schema:
            expected = schema["const"]
            checks.append(lambda v, expected=expected: _same_scalar(v, expected))
        if schema.get("type") != "string":
            checks.extend(self._strings(schema))
        checks.extend(self._numbers(schema))
        checks.extend(self._arrays(schema))
        if schema.get("type") != "object":
            checks.extend(self._objects(schema))
        if "oneOf" in schema:
            checks.append(self._one_of(schema))
        if "anyOf" in schema:
            branches = [self.compile(s) for s in schema["anyOf"]]
            checks.append(lambda v, branches=branches: any(b(v) for b in branches))
        return _all(checks) if checks else (lambda v: True)

    def _string(self, schema: dict[str, Any]) -> Check:
        """`type: string` with its pattern and length limits in one closure."""
        search = re.compile(schema["pattern"]).search if "pattern" in schema else None
        low = schema.get("minLength", 0)
        high = schema.get("maxLength")

        def check(v: Any) -> bool:
            if type(v) is not str:
                return False
            if len(v) < low or (high is not None and len(v) > high):
                return False
            return search is None or search(v) is not None

        return check

    def _object(self, schema: dict[str, Any]) -> Check:
        """`type: object` with properties, required, additionalProperties in one closure."""
        properties = {k: self.compile(s) for k, s in schema.get("properties", {}).items()}
        additional = schema.get("additionalProperties", True)
        extra = None if additional is True else self.compile(additional)
        required = tuple(schema.get("required", ()))
        others = self._objects(
            {k: v for k, v in schema.items() if k not in {"properties", "additionalProperties", "required"}}
        )
        rest = _all(others) if others else None
        if not properties and extra is None and not required and rest is None:
            return lambda v: type(v) is dict

        def check(v: Any) -> bool:
            if type(v) is not dict:
                return False
            for key in required:
                if key not in v:
                    return False
            for key, value in v.items():
                prop = properties.get(key)
                if prop is not None:
                    if not prop(value):
                        return False
                elif extra is not None and not extra(value):
                    return False
            return rest is None or rest(v)

        return check

    def _strings(self, schema: dict[str, Any]) -> list[Check]:
        out: list[Check] = []
        if "pattern" in schema:
            search = re.compile(schema["pattern"]).search
            out.append(lambda v, search=search: type(v) is not str or search(v) is not None)
        if "minLength" in schema:
            n = schema["minLength"]
            out.append(lambda v, n=n: type(v) is not str or len(v) >= n)
        if "maxLength" in schema:
            n = schema["maxLength"]
            out.append(lambda v, n=n: type(v) is not str or len(v) <= n)
        return out

    def _numbers(self, schema: dict[str, Any]) -> list[Check]:
        out: list[Check] = []
        if "minimum" in schema:
            n = schema["minimum"]
            out.append(lambda v, n=n: type(v) is bool or not _is_number(v) or v >= n)
        if "maximum" in schema:
            n = schema["maximum"]
            out.append(lambda v, n=n: type(v) is bool or not _is_number(v) or v <= n)
        return out

    def _arrays(self, schema: dict[str, Any]) -> list[Check]:
        out: list[Check] = []
        if "items" in schema:
            item = self.compile(schema["items"])
            out.append(lambda v, item=item: type(v) is not list or all(item(x) for x in v))
        if "minItems" in schema:
            n = schema["minItems"]
            out.append(lambda v, n=n: type(v) is not list or len(v) >= n)
        if "maxItems" in schema:
            n = schema["maxItems"]
            out.append(lambda v, n=n: type(v) is not list or len(v) <= n)
        if schema.get("uniqueItems"):
            # Only plain integers and strings are compared here; anything else is "no".
            out.append(
                lambda v: (
                    type(v) is not list
                    or (all(type(x) in (int, str) for x in v) and len({(type(x), x) for x in v}) == len(v))
                )
            )
        return out

    def _objects(self, schema: dict[str, Any]) -> list[Check]:
        out: list[Check] = []
        properties = {k: self.compile(s) for k, s in schema.get("properties", {}).items()}
        additional = schema.get("additionalProperties", True)
        extra = None if additional is True else self.compile(additional)
        if properties or extra is not None:

            def check_properties(
                v: Any, properties: dict[str, Check] = properties, extra: Check | None = extra
            ) -> bool:
                if type(v) is not dict:
                    return True
                for key, value in v.items():
                    check = properties.get(key)
                    if check is not None:
                        if not check(value):
                            return False
                    elif extra is not None and not extra(value):
                        return False
                return True

            out.append(check_properties)
        if "required" in schema:
            required = tuple(schema["required"])
            out.append(lambda v, required=required: type(v) is not dict or all(k in v for k in required))
        if "minProperties" in schema:
            n = schema["minProperties"]
            out.append(lambda v, n=n: type(v) is not dict or len(v) >= n)
        if "maxProperties" in schema:
            n = schema["maxProperties"]
            out.append(lambda v, n=n: type(v) is not dict or len(v) <= n)
        if "propertyNames" in schema:
            names = self.compile(schema["propertyNames"])
            out.append(lambda v, names=names: type(v) is not dict or all(names(k) for k in v))
        return out

    def _one_of(self, schema: dict[str, Any]) -> Check:
        discriminator = schema.get("discriminator")
        if discriminator is not None and schema.get("type") != "object":
            raise ValueError("a discriminated oneOf needs a sibling `type: object`")
        if discriminator is None:
            branches = [self.compile(s) for s in schema["oneOf"]]
            return lambda v, branches=branches: sum(1 for b in branches if b(v)) == 1
        prop = discriminator["propertyName"]
        refs = {s.get("$ref") for s in schema["oneOf"]}
        mapping = {}
        for value, target in discriminator["mapping"].items():
            if target not in refs:
                raise ValueError(f"discriminator target {target!r} is not a branch of the oneOf")
            branch = self.root["$defs"][target[len("#/$defs/") :]]
            if branch.get("properties", {}).get(prop, {}).get("const") != value or prop not in branch.get(
                "required", []
            ):
                raise ValueError(f"branch {target!r} does not require {prop} = {value!r}")
            mapping[value] = self.ref(target)
        if len(mapping) != len(schema["oneOf"]):
            raise ValueError("every oneOf branch needs a discriminator mapping entry")

        def dispatch(v: Any, prop: str = prop, mapping: dict[str, Check] = mapping) -> bool:
            if type(v) is not dict:
                return True  # the sibling `type: object` decides
            value = v.get(prop)
            check = mapping.get(value) if type(value) is str else None
            return check is not None and check(v)

        return dispatch


def compile_schema(schema: dict[str, Any]) -> Check:
    """An accept-only check: True means jsonschema would accept the value too."""
    return _Compiler(schema).compile(schema)


def compile_part(schema: dict[str, Any], part: dict[str, Any]) -> Check:
    """The same check for a part of the schema (`$defs/Node`, `properties/layout`); its `$ref`s
    resolve in `schema`."""
    return _Compiler(schema).compile(part)
