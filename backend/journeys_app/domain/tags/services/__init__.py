"""Business rules of the tags area."""
