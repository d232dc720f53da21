"""HTTP routes of the events area."""

from journeys_app.domain.events.controllers.ingest import EventIngestController

__all__ = ["EventIngestController"]
