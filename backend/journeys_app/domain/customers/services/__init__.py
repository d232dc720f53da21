"""Business rules of the customers area."""
