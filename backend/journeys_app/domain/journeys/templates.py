"""The journey template library: versioned JSON files in `journeys/templates/`.

Each file follows `journeys/schema/template.schema.json`: key, semver version, changelog
(newest first), zh-CN/en name and description, industry, operating model, and a journey graph
that must pass `validate_graph`. The current version of a template lives in `KEY.json`; an older
version may be kept beside it as `KEY@X.Y.Z.json`, so that a journey created from it can be
shown the upstream diff. `JOURNEYS_TEMPLATES_DIR` points the library at another folder.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from journeys_app.settings import REPO_ROOT

from .graph.errors import GraphError, make_error
from .graph.schema import TEMPLATE_SCHEMA, schema_errors
from .graph.validate import validate_graph

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
FIELD_ORDER = ("key", "version", "changelog", "name", "description", "industry", "operating_model", "graph")


def templates_dir() -> Path:
    """`$JOURNEYS_TEMPLATES_DIR`, or `journeys/templates` of this checkout."""
    configured = os.environ.get("JOURNEYS_TEMPLATES_DIR", "").strip()
    return Path(configured).expanduser().resolve() if configured else REPO_ROOT / "journeys" / "templates"


def parse_version(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def bump_version(version: str, part: Literal["major", "minor", "patch"] = "minor") -> str:
    """`1.2.3` → `2.0.0` / `1.3.0` / `1.2.4`."""
    major, minor, patch = parse_version(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True)
class JourneyTemplate:
    """One version of a template, as in its file (snake_case fields). Shared by the cached
    library: treat it as read-only and edit `graph_copy()`."""

    key: str
    version: str
    changelog: list[dict[str, Any]]
    name: dict[str, str]
    description: dict[str, str]
    industry: str
    operating_model: str
    graph: dict[str, Any]
    path: Path | None = None

    @property
    def version_tuple(self) -> tuple[int, int, int]:
        return parse_version(self.version)

    def graph_copy(self) -> dict[str, Any]:
        """A deep copy of the graph, e.g. the draft of a journey created from the template."""
        return copy.deepcopy(self.graph)

    def to_document(self) -> dict[str, Any]:
        """The file contents (without `path`), fields in the library's order."""
        return {name: getattr(self, name) for name in FIELD_ORDER}

    @classmethod
    def from_document(cls, doc: dict[str, Any], path: Path | None = None) -> JourneyTemplate:
        return cls(**{name: doc[name] for name in FIELD_ORDER}, path=path)


class TemplateError(ValueError):
    """A template file that cannot be loaded; `errors` point into the file."""

    def __init__(self, path: Path | str, errors: list[GraphError]) -> None:
        self.path = Path(path)
        self.errors = errors
        lines = "; ".join(f"{e.pointer or '/'}: {e.code}: {e.message_en}" for e in errors[:5])
        super().__init__(f"{self.path}: {lines}")


class TemplateNotFound(KeyError):
    pass


def validate_template(doc: Any, file_name: str | None = None) -> list[GraphError]:
    """Problems of a template document: the template schema, its graph (pointers under /graph),
    the changelog (newest first, the first entry for `version`) and the file name (KEY.json or
    KEY@VERSION.json)."""
    has_graph = isinstance(doc, dict) and "graph" in doc
    # The graph is checked by validate_graph (faster, and with the semantic rules); the template
    # schema checks the rest, with an empty graph in its place.
    shallow = {**doc, "graph": {}} if has_graph else doc
    errors = schema_errors(shallow, TEMPLATE_SCHEMA)
    if has_graph:
        errors = [e for e in errors if e.pointer != "/graph" and not e.pointer.startswith("/graph/")]
    if has_graph:
        errors += validate_graph(doc["graph"], base="/graph")
    if errors:
        return errors
    changelog = doc["changelog"]
    if changelog[0]["version"] != doc["version"]:
        errors.append(
            make_error(
                "template.changelog_mismatch",
                "/changelog/0/version",
                version=doc["version"],
                changelog_version=changelog[0]["version"],
            )
        )
    for k in range(1, len(changelog)):
        if parse_version(changelog[k]["version"]) >= parse_version(changelog[k - 1]["version"]):
            errors.append(
                make_error(
                    "template.changelog_order", f"/changelog/{k}/version", version=changelog[k]["version"]
                )
            )
    if file_name is not None:
        stem = file_name.removesuffix(".json")
        if stem not in {doc["key"], f"{doc['key']}@{doc['version']}"}:
            errors.append(make_error("template.file_name_mismatch", "/key", file=file_name, key=doc["key"]))
    return errors


def load_template_file(path: Path) -> JourneyTemplate:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(path, [make_error("schema.invalid", "", detail=str(exc))]) from exc
    errors = validate_template(doc, path.name)
    if errors:
        raise TemplateError(path, errors)
    return JourneyTemplate.from_document(doc, path)


def dump_template(template: JourneyTemplate | dict[str, Any]) -> str:
    """The file text of a template: 2-space JSON, UTF-8 Chinese kept readable, trailing newline."""
    doc = template.to_document() if isinstance(template, JourneyTemplate) else template
    ordered = {name: doc[name] for name in FIELD_ORDER if name in doc}
    ordered.update({k: v for k, v in doc.items() if k not in ordered})
    return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


class TemplateLibrary:
    """All versions of all templates; `latest()` lists the newest version of each key."""

    def __init__(self, templates: Iterable[JourneyTemplate]) -> None:
        self._by_key: dict[str, list[JourneyTemplate]] = {}
        for template in templates:
            versions = self._by_key.setdefault(template.key, [])
            if any(t.version == template.version for t in versions):
                raise ValueError(f"template {template.key} {template.version} is defined twice")
            versions.append(template)
        for versions in self._by_key.values():
            versions.sort(key=lambda t: t.version_tuple)

    @classmethod
    def load(cls, directory: Path | None = None) -> TemplateLibrary:
        """Every `*.json` under the folder (raises TemplateError on the first bad file)."""
        root = directory or templates_dir()
        return cls(load_template_file(path) for path in sorted(root.rglob("*.json")))

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[JourneyTemplate]:
        return iter(self.latest())

    def keys(self) -> list[str]:
        return sorted(self._by_key)

    def latest(self) -> list[JourneyTemplate]:
        return [self._by_key[key][-1] for key in self.keys()]

    def versions(self, key: str) -> list[JourneyTemplate]:
        """Every version of a template, oldest first."""
        if key not in self._by_key:
            raise TemplateNotFound(key)
        return list(self._by_key[key])

    def get(self, key: str, version: str | None = None) -> JourneyTemplate:
        """The newest version, or the given one; TemplateNotFound otherwise."""
        versions = self.versions(key)
        if version is None:
            return versions[-1]
        for template in versions:
            if template.version == version:
                return template
        raise TemplateNotFound(f"{key}@{version}")

    def newer_than(self, key: str, version: str) -> JourneyTemplate | None:
        """The newest version when it is newer than `version` (an upgrade is available)."""
        newest = self.get(key)
        return newest if newest.version_tuple > parse_version(version) else None


@lru_cache(maxsize=4)
def _cached_library(directory: Path) -> TemplateLibrary:
    return TemplateLibrary.load(directory)


def load_library(directory: Path | None = None) -> TemplateLibrary:
    """The library of a folder (default `templates_dir()`), loaded once per process."""
    return _cached_library((directory or templates_dir()).resolve())


def clear_library_cache() -> None:
    _cached_library.cache_clear()
