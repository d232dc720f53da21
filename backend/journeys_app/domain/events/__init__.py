"""Behaviour events: idempotent ingestion, per-customer processing to quiescence."""
