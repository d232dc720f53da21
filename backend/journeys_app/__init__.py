"""Journeys: a visual customer-journey builder (behaviour -> tag -> stage -> push)."""

__version__ = "0.1.0"
