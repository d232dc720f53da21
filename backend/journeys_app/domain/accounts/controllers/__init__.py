"""HTTP routes of the accounts area."""

from journeys_app.domain.accounts.controllers.api_keys import ApiKeyController
from journeys_app.domain.accounts.controllers.audit import AuditLogController
from journeys_app.domain.accounts.controllers.auth import AuthController
from journeys_app.domain.accounts.controllers.members import MemberController

__all__ = ["ApiKeyController", "AuditLogController", "AuthController", "MemberController"]
