"""Journeys: the journey graph format (validation, diff, checksum) and the template library.

`graph/` is pure (no database, no HTTP): the JSON Schema in `journeys/schema/` plus semantic
rules, semantic diffs and checksums of journey graphs. `templates.py` loads the versioned
template library from `journeys/templates/`.

`models.py` (journeys, their one draft, their immutable versions), `schemas.py` (wire types),
`services/` (rules and queries) and `controllers/` (the /api/v1/journeys and /api/v1/templates
routes) store and serve them; docs/journey-format.md describes the versioning model and the API.
"""
