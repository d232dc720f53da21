"""HTTP routes of the customers area."""

from journeys_app.domain.customers.controllers.customers import CustomerController

__all__ = ["CustomerController"]
