"""HTTP routes of the tags area."""

from journeys_app.domain.tags.controllers.rules import RuleController
from journeys_app.domain.tags.controllers.tags import TagController, TagGroupController

__all__ = ["RuleController", "TagController", "TagGroupController"]
