"""HTTP routes of the journeys area (thin: parse, call a service, shape the answer)."""

from journeys_app.domain.journeys.controllers.drafts import DraftController
from journeys_app.domain.journeys.controllers.journeys import JourneyController
from journeys_app.domain.journeys.controllers.templates import JourneyTemplateController, TemplateController
from journeys_app.domain.journeys.controllers.versions import VersionController

JOURNEY_CONTROLLERS = [
    JourneyController,
    DraftController,
    VersionController,
    TemplateController,
    JourneyTemplateController,
]

__all__ = [
    "JOURNEY_CONTROLLERS",
    "DraftController",
    "JourneyController",
    "JourneyTemplateController",
    "TemplateController",
    "VersionController",
]
