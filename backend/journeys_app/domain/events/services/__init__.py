"""Business rules of the events area."""
