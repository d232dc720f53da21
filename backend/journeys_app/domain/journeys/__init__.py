"""Journeys: the journey graph format (validation, diff, checksum) and the template library.

`graph/` is pure (no database, no HTTP): the JSON Schema in `journeys/schema/` plus semantic
rules, semantic diffs and checksums of journey graphs. `templates.py` loads the versioned
template library from `journeys/templates/`.
"""
