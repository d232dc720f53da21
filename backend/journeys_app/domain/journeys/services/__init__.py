"""Rules and queries of the journeys area, one small module per concern.

`journeys` (create, list, read, rename, archive), `drafts` (save with optimistic concurrency),
`versions` (publish, list, diff, rollback), `templates` (library, instantiate, upgrade, export),
`merge` (pure three-way merge of graphs), `catalog` (what workspace references are checked).
"""
